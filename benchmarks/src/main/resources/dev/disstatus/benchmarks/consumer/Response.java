package com.example.disclient;

import java.util.List;
import java.util.Map;

/** An HTTP response as the application's transport hands it over. */
public record Response(int status, String body, Map<String, List<String>> headers) {}
