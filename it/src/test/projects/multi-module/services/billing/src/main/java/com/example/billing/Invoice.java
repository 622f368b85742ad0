package com.example.billing;

import com.example.core.Money;
import java.util.List;

/** An invoice. */
public class Invoice {

  /** The tax on the lines, by the rules of the customer's country. Old, complex, and it works. */
  public long tax(List<Money> lines, String country, boolean business, boolean export) {
    long tax = 0;
    for (Money line : lines) {
      if (line.cents() <= 0) {
        continue;
      }
      if (export) {
        if (business && country.startsWith("E")) {
          tax += 0;
        } else if (business) {
          tax += line.cents() / 100;
        } else {
          tax += line.cents() / 10;
        }
      } else {
        for (int rate = 0; rate < 3; rate++) {
          if (rate == 0 && line.cents() > 10_000) {
            tax += line.cents() / 5;
          } else if (country.equals("DE")) {
            tax += line.cents() / 20;
          }
        }
      }
    }
    return tax;
  }
}
