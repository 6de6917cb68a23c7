/**
 * HTTP plumbing that the portal and the local cloud share, with no knowledge of either.
 */
package dev.imagegate.http;
