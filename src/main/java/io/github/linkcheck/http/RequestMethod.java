package io.github.linkcheck.http;

/** The methods a link check sends: HEAD first, GET when a server will not answer HEAD properly. */
enum RequestMethod {
    HEAD,
    GET
}
