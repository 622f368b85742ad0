package com.example;

public class Cart {
  private final int[] prices;

  public Cart(int[] prices) {
    this.prices = prices;
  }
}
