package com.example;

/** Still here from the old system. */
public class Legacy {

  public int code(String sku) {
    return sku.hashCode();
  }
}
