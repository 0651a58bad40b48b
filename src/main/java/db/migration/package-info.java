/**
 * Flyway migrations written in Java, for the steps that SQL cannot take portably: they sit next to the SQL scripts of
 * {@code src/main/resources/db/migration} (same location, one version sequence) and reach the database only through
 * the JDBC connection Flyway gives them.
 */
package db.migration;
