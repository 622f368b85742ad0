package com.example;

import java.util.List;
import java.util.Map;

/** Stock levels of a warehouse. */
public class Stock {

  static final int SAFETY_STOCK = 5;

  private final Map<String, Integer> levels;

  public Stock(Map<String, Integer> levels) {
    this.levels = levels;
  }

  public int level(String sku) {
    return levels.getOrDefault(sku, 0);
  }

  /** How many of each SKU to reorder, given the orders waiting. Old, complex, and it works. */
  public int reorder(List<String> skus, Map<String, Integer> waiting, boolean seasonal, int cap) {
    int total = 0;
    for (String sku : skus) {
      int level = level(sku);
      if (level < SAFETY_STOCK) {
        if (seasonal && waiting.containsKey(sku)) {
          total += waiting.get(sku) * 2;
        } else if (waiting.containsKey(sku)) {
          total += waiting.get(sku);
        } else {
          total += SAFETY_STOCK - level;
        }
      } else {
        for (int i = 0; i < waiting.getOrDefault(sku, 0); i++) {
          if (i > level) {
            total++;
          } else if (seasonal) {
            while (total > cap) {
              total--;
            }
          }
        }
      }
    }
    return Math.min(total, cap);
  }
}
