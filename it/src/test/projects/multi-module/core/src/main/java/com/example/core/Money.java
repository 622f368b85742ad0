package com.example.core;

/** An amount in cents of one currency. */
public record Money(long cents, String currency) {

  public Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " + " + other.currency);
    }
    return new Money(cents + other.cents, currency);
  }
}
