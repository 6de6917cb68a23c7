/**
 * An endpoint's configuration as a file to keep or apply elsewhere: OpenAPI,
 * CloudFormation, an AWS CLI script.
 */
@ApplicationModule(displayName = "Exports",
		allowedDependencies = { "endpoints", "proxyapi", "proxyapi :: cli", "cloud" })
package dev.imagegate.exports;

import org.springframework.modulith.ApplicationModule;
