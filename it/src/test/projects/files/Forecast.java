package com.example;

import java.util.List;

/** Demand forecasts. */
public class Forecast {

  // review:ignore complexity.cognitive -- mirrors the planning team's spreadsheet, cell by cell
  public int weekly(List<Integer> sales, boolean holiday, boolean promotion) {
    int forecast = 0;
    for (int sold : sales) {
      if (sold < 0) {
        continue;
      }
      if (holiday) {
        if (promotion && sold > 100) {
          forecast += sold * 3;
        } else if (promotion) {
          forecast += sold * 2;
        } else {
          forecast += sold;
        }
      } else {
        for (int week = 0; week < 4; week++) {
          if (week % 2 == 0 && sold > 10) {
            forecast += sold / 2;
          } else if (promotion) {
            forecast++;
          }
        }
      }
    }
    return forecast;
  }

  @SuppressWarnings("review:complexity.cognitive")
  public int monthly(List<Integer> sales, boolean holiday, boolean promotion) {
    int forecast = 0;
    for (int sold : sales) {
      if (sold < 0) {
        continue;
      }
      if (holiday) {
        if (promotion && sold > 100) {
          forecast += sold * 12;
        } else if (promotion) {
          forecast += sold * 8;
        } else {
          forecast += sold * 4;
        }
      } else {
        for (int week = 0; week < 4; week++) {
          if (week % 2 == 0 && sold > 10) {
            forecast += sold * 2;
          } else if (promotion) {
            forecast += 4;
          }
        }
      }
    }
    return forecast;
  }
}
