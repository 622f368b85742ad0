package com.example;

import java.util.List;

/** Shelf labels. */
public class Labels {

  /** The label text of a shelf. Complex, but untouched by any change. */
  public String label(String sku, List<String> tags, boolean fragile, boolean cold) {
    StringBuilder text = new StringBuilder(sku);
    for (String tag : tags) {
      if (tag.isBlank()) {
        continue;
      }
      if (fragile) {
        if (tag.startsWith("glass") || tag.startsWith("ceramic")) {
          text.append(" !").append(tag);
        } else if (cold) {
          text.append(" *").append(tag);
        } else {
          text.append(' ').append(tag);
        }
      } else {
        for (char c : tag.toCharArray()) {
          if (Character.isUpperCase(c)) {
            text.append(c);
          } else if (cold && c == '-') {
            text.append('_');
          }
        }
      }
    }
    return text.toString();
  }

  public String plain(String sku) {
    return sku;
  }
}
