package vn.sen.document.outgoing;

import org.springframework.core.io.InputStreamSource;

/** A file received with a request (multipart part), before the files module checks and stores it. */
record Upload(String fileName, InputStreamSource content) {}
