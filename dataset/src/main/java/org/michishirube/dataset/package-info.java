/**
 * The reference dataset of Japan's health-information credentials and its reader: {@link
 * org.michishirube.dataset.ReferenceDataset#load()} gives the shipped data as core values (credentials, frameworks and
 * every version's targets, roles, exam statistics) and {@link org.michishirube.dataset.ReferenceDataset#graph()} the
 * competency graph, with no database. Plain Java: Jackson YAML and a JSON Schema validator only.
 */
package org.michishirube.dataset;
