package com.example.shop;

/** One line of an order. */
public record Item(String sku, String category, int quantity, long unitCents) {

  public long cents() {
    return quantity * unitCents;
  }
}
