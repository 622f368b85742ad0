package com.example.shop;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Checks coupon codes at checkout. */
public class Coupons {

  /** Why a coupon is refused, or null when it applies. */
  public String refusal(String code, List<Item> items, Set<String> used, LocalDate today, boolean member,
      String country, long totalCents, int ordersSoFar) {
    if (code == null || code.isBlank()) {
      return "no code";
    }
    if (used.contains(code)) {
      return "already used";
    }
    if (code.startsWith("WELCOME")) {
      if (ordersSoFar > 0) {
        return "only for a first order";
      }
    } else if (code.startsWith("MEMBER")) {
      if (!member) {
        return "members only";
      } else if (today.getDayOfWeek().getValue() > 5 && !country.equals("DE")) {
        return "not on weekends";
      }
    } else if (code.startsWith("BULK")) {
      int count = 0;
      for (Item item : items) {
        if (item.category().equals("books") || item.category().equals("games")) {
          for (int i = 0; i < item.quantity(); i++) {
            if (item.unitCents() > 500) {
              count++;
            }
          }
        }
      }
      if (count < 10 || totalCents < 10_000) {
        return "needs ten items over 5 euros";
      }
    } else {
      return "unknown code";
    }
    return null;
  }
}
