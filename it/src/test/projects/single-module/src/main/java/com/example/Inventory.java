package com.example;

import java.util.HashMap;
import java.util.Map;

/** A small, tidy class: the sample's base. */
public class Inventory {

  private final Map<String, Integer> stock = new HashMap<>();

  public void add(String item, int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
    stock.merge(item, quantity, Integer::sum);
  }

  public int count(String item) {
    return stock.getOrDefault(item, 0);
  }
}
