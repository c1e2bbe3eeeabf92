package com.example.bookstore;

/** A book of the store. */
public record Book(String isbn, String title) {}
