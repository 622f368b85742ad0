package fixtures;

/** Labelled break and continue add 1; unlabelled ones, return and yield add nothing. */
class Jumps {

  void labelledBreak(int n) { // cognitive 4 = for 1 + for 2 + break 1
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        break outer;
      }
    }
  }

  void labelledContinue(int n) { // cognitive 4 = for 1 + for 2 + continue 1
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        continue outer;
      }
    }
  }

  void labelledJumpsUnderIf(boolean a) { // cognitive 8 = for 1 + for 2 + if 3 + break 1 + continue 1
    outer:
    for (;;) {
      for (;;) {
        if (a) break outer;
        continue outer;
      }
    }
  }

  void unlabelledJumps(boolean a) { // cognitive 5 = while 1 + if 2 + if 2
    while (true) {
      if (a) break;
      if (!a) continue;
    }
  }

  void breakOutOfLabelledBlock(boolean a) { // cognitive 2 = if 1 + break 1
    block:
    {
      if (a) break block;
    }
  }

  int returnAddsNothing(boolean a) { // cognitive 1 = if 1
    if (a) {
      return 1;
    }
    return 0;
  }
}
