/**
 * The steps of a provisioning run, one class each, automating "Delivering images in AWS
 * S3 bucket through AWS API gateway", the AWS console tutorial this project automates
 * (kept as {@code seeds/000_133e653cb4a131fd.txt}; other docs call it "the seed" or "the
 * walk-through").
 * <p>
 * Step numbers in these classes' docs are always the tutorial's ten: 1 IAM role, 2 S3
 * bucket, 3 REST API, 4 resource, 5 method, 6 method request, 7 integration request, 8
 * integration response, 9 method response, 10 binary support, then its unnumbered "Deploy
 * API". A run goes in another order, the one {@code ProxyApiProvisioner} lists: bucket,
 * role, REST API (with the tutorial's step 10), resource, method (5 and 6), integration
 * (7), responses (8 and 9), deployment, then the verification of the deployed endpoint,
 * which the tutorial leaves to the reader. The bucket comes first because the role's
 * least-privilege policy names it.
 */
package dev.imagegate.proxyapi.steps;
