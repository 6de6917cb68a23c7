/**
 * Images in a bucket: uploads checked by their content, listed, deleted.
 */
@ApplicationModule(displayName = "Images", allowedDependencies = { "cloud", "buckets" })
package dev.imagegate.images;

import org.springframework.modulith.ApplicationModule;
