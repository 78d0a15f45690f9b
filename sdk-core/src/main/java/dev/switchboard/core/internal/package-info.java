/**
 * Implementation details shared between sdk-core's packages. Not API: on the module path this package is exported
 * to no module, and it may change in any release.
 */
package dev.switchboard.core.internal;
