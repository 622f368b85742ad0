package com.example.shop;

import java.util.List;

/** Prices an order. */
public class PriceCalculator {

  private final long bulkThresholdCents;

  public PriceCalculator(long bulkThresholdCents) {
    this.bulkThresholdCents = bulkThresholdCents;
  }

  /** The order's total in cents, with the bulk discount. */
  public long total(List<Item> items, boolean member) {
    long total = 0;
    for (Item item : items) {
      if (item.quantity() <= 0) {
        continue;
      }
      total += item.cents();
    }
    if (total > bulkThresholdCents) {
      total -= total / 20;
    } else if (member) {
      total -= total / 50;
    }
    return total;
  }
}
