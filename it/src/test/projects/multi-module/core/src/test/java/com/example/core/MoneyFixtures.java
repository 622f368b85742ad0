package com.example.core;

/** Amounts for tests. */
final class MoneyFixtures {

  static final Money TEN_EUROS = new Money(1_000, "EUR");

  private MoneyFixtures() {}
}
