package dev.responds.processor.model;

/** Whether a response part (a body, a header) is there: known yes, known no, or unknown. */
public enum Presence {
  PRESENT,
  ABSENT,
  UNKNOWN
}
