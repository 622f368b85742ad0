package com.example.shop;

import java.util.List;

/** Prices an order. */
public class PriceCalculator {

  private final long bulkThresholdCents;

  public PriceCalculator(long bulkThresholdCents) {
    this.bulkThresholdCents = bulkThresholdCents;
  }

  /** The order's total in cents, with the bulk discount and this month's category deals. */
  public long total(List<Item> items, boolean member) {
    long total = 0;
    for (Item item : items) {
      if (item.quantity() <= 0) {
        continue;
      }
      long cents = item.cents();
      if (member) {
        if (item.category().equals("books") || item.category().equals("comics")) {
          cents -= cents / 10;
        } else if (item.category().equals("games") && item.quantity() > 2) {
          for (int free = item.quantity() / 3; free > 0; free--) {
            cents -= item.unitCents();
          }
        }
      }
      total += cents;
    }
    if (total > bulkThresholdCents) {
      total -= total / 20;
    } else if (member) {
      total -= total / 50;
    }
    return total;
  }
}
