package com.example;

/** Half-way through an edit: the author has not finished the expression yet. */
public class Broken {

  public int total(int a, int b) {
    int sum = a + ;
    return sum;
  }
}
