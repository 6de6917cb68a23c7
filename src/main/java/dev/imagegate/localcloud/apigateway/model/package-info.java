/**
 * API Gateway's resources as plain data, with AWS's JSON member names, so the same
 * classes are the wire shapes, the state file and the frozen deployment snapshots. Fields
 * are public and mutable because they are only ever changed on a private copy of the
 * state (see {@code ApiGatewayStore}); readers get copies or state nobody changes any
 * more.
 */
package dev.imagegate.localcloud.apigateway.model;
