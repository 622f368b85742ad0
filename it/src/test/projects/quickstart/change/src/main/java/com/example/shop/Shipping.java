package com.example.shop;

import java.util.List;

/** Shipping costs, grown over the years. */
public class Shipping {

  static final long PARCEL_CENTS = 490;

  /** What shipping the items to the country costs, in cents. */
  public long cost(List<Item> items, String country, boolean express) {
    long cost = 0;
    for (Item item : items) {
      if (item.category().equals("furniture")) {
        if (country.equals("DE") || country.equals("AT")) {
          cost += 2_000;
        } else if (country.startsWith("E")) {
          cost += 4_000;
        } else {
          cost += 6_000;
        }
      } else if (item.category().equals("fragile")) {
        for (int i = 0; i < item.quantity(); i++) {
          if (express) {
            cost += 350;
          } else {
            cost += 150;
          }
        }
      } else {
        cost += item.quantity() > 10 ? 100 : 0;
      }
    }
    if (cost == 0) {
      cost = PARCEL_CENTS;
    }
    return express ? cost * 2 : cost;
  }
}
