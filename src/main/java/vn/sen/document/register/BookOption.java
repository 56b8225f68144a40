package vn.sen.document.register;

/** An incoming register book in the page's picker: {@code Sổ văn bản đến 2026 (mật)}. */
public record BookOption(String id, String label) {}
