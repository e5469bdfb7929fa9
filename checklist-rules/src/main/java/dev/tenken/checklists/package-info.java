/**
 * The built-in checklists, as YAML resources beside this file: {@code telework-admin},
 * {@code telework-worker}, {@code wifi-provider} and {@code wifi-user}, listed in
 * {@code index.txt}. The package holds no classes; it is opened so that the checklists can be
 * read as classpath resources when Tenken runs on the module path.
 */
package dev.tenken.checklists;
