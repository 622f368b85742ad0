package io.github.reviewagent.it;

import java.nio.file.Path;

/**
 * The README's sample change, shared by the quick-start demo and {@code QuickstartIT}: a small shop on branch
 * {@code main} ({@code projects/quickstart/base}) and a feature branch that edits it
 * ({@code projects/quickstart/change}). The change makes an old method complex, adds a new complex one and
 * lightly touches an old complex one.
 */
final class Quickstart {

  static final String PRICE_CALCULATOR = "src/main/java/com/example/shop/PriceCalculator.java";
  static final String COUPONS = "src/main/java/com/example/shop/Coupons.java";
  static final String SHIPPING = "src/main/java/com/example/shop/Shipping.java";

  private Quickstart() {}

  /** The sample in {@code directory} as a git repository: the base on main, the change committed on feature. */
  static SampleProject prepare(Path directory) {
    SampleProject project = SampleProject.copy("quickstart/base", directory).commitBase();
    project.overlay("quickstart/change").commitAll("Category deals, coupon codes, dearer express shipping of fragile items");
    return project;
  }

  /** The review of the change, as a user runs it on the feature branch. */
  static MavenBuild review(SampleProject project) {
    return MavenBuild.in(project.root()).goals("review:review");
  }
}
