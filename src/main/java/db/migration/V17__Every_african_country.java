package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.iclei.africa.resilient.content.domain.LocalizedName;

/**
 * Every African country (issue 11): the 54 African UN member states instead of 22, named by the JDK.
 * <ul>
 * <li>Adds {@code country.names_custom}: true when the stored names were typed by an administrator and are shown
 * instead of the JDK's names.</li>
 * <li>Existing rows keep their ids (municipalities, accounts and pioneer cities point at them). A row still holding the
 * names the first start loaded (the 22 typed by hand until now) or the JDK's names follows the JDK; any other row
 * (added or renamed by an administrator) keeps its names as custom.</li>
 * <li>In a database that has countries, inserts the missing ones of {@link CountryNames#AFRICAN_UN_MEMBERS} with the
 * JDK's names (as at this migration; they are shown from the JDK anyway). An empty table is left empty: the first
 * start's {@code InitialContentLoader} fills it (and loads the topics and demo content only when it finds no
 * country).</li>
 * </ul>
 * Ids come from {@code portal_seq} one call per row: each value is beyond every block EclipseLink has taken or will
 * take (it uses the 50 ids up to a value it reads itself), so no id is shared.
 */
public class V17__Every_african_country extends BaseJavaMigration {

    /** The names the first start loaded from demo/content.json before this migration, by code (en, fr, pt). */
    static final Map<String, List<String>> SEEDED = Map.ofEntries(
            Map.entry("ZA", List.of("South Africa", "Afrique du Sud", "África do Sul")),
            Map.entry("TZ", List.of("Tanzania", "Tanzanie", "Tanzânia")),
            Map.entry("MZ", List.of("Mozambique", "Mozambique", "Moçambique")),
            Map.entry("NA", List.of("Namibia", "Namibie", "Namíbia")),
            Map.entry("MU", List.of("Mauritius", "Maurice", "Maurícia")),
            Map.entry("KE", List.of("Kenya", "Kenya", "Quénia")),
            Map.entry("GH", List.of("Ghana", "Ghana", "Gana")),
            Map.entry("NG", List.of("Nigeria", "Nigeria", "Nigéria")),
            Map.entry("SN", List.of("Senegal", "Sénégal", "Senegal")),
            Map.entry("UG", List.of("Uganda", "Ouganda", "Uganda")),
            Map.entry("RW", List.of("Rwanda", "Rwanda", "Ruanda")),
            Map.entry("ET", List.of("Ethiopia", "Éthiopie", "Etiópia")),
            Map.entry("ZM", List.of("Zambia", "Zambie", "Zâmbia")),
            Map.entry("ZW", List.of("Zimbabwe", "Zimbabwe", "Zimbabué")),
            Map.entry("MW", List.of("Malawi", "Malawi", "Maláui")),
            Map.entry("BW", List.of("Botswana", "Botswana", "Botsuana")),
            Map.entry("CM", List.of("Cameroon", "Cameroun", "Camarões")),
            Map.entry("CI", List.of("Côte d'Ivoire", "Côte d'Ivoire", "Costa do Marfim")),
            Map.entry("AO", List.of("Angola", "Angola", "Angola")),
            Map.entry("CV", List.of("Cabo Verde", "Cap-Vert", "Cabo Verde")),
            Map.entry("GW", List.of("Guinea-Bissau", "Guinée-Bissau", "Guiné-Bissau")),
            Map.entry("ST", List.of("São Tomé and Príncipe", "Sao Tomé-et-Principe", "São Tomé e Príncipe")));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table country add column names_custom boolean default false not null");
        }
        Map<String, Long> existing = markCustomNames(connection);
        if (existing.isEmpty()) {
            return;
        }
        String nextId = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                ? "select nextval('portal_seq')" : "select next value for portal_seq";
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("insert into country "
                + "(id, version, created_at, updated_at, code, name_en, name_fr, name_pt, names_custom) "
                + "values (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String code : CountryNames.AFRICAN_UN_MEMBERS) {
                if (existing.containsKey(code)) {
                    continue;
                }
                LocalizedName names = CountryNames.standard(code);
                insert.setLong(1, nextId(connection, nextId));
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, code);
                insert.setString(5, names.in("en"));
                insert.setString(6, names.in("fr"));
                insert.setString(7, names.in("pt"));
                insert.setBoolean(8, false);
                insert.executeUpdate();
            }
        }
    }

    /** Marks the rows whose names are neither the seeded ones nor the JDK's as custom; returns every row's id by code. */
    private static Map<String, Long> markCustomNames(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, code, name_en, name_fr, name_pt from country");
                PreparedStatement mark = connection.prepareStatement("update country set names_custom = ? where id = ?")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String code = rows.getString(2);
                List<String> names = List.of(rows.getString(3), rows.getString(4), rows.getString(5));
                ids.put(code, id);
                LocalizedName standard = CountryNames.standard(code);
                boolean followsJdk = names.equals(SEEDED.get(code))
                        || standard != null && names.equals(List.of(standard.in("en"), standard.in("fr"), standard.in("pt")));
                if (!followsJdk) {
                    mark.setBoolean(1, true);
                    mark.setLong(2, id);
                    mark.executeUpdate();
                }
            }
        }
        return ids;
    }

    private static long nextId(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
