package dev.responds.processor.model;

/** A status code written in an annotation ({@code @Responds}, {@code @ResponseStatus}) and where. */
public record DeclaredStatus(int code, ElementSite site) {}
