/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.Canvas;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;

/**
 * A funder's published grants (SCDL « subventions ») against the samples: files written in the schema's exact
 * columns, version 1.1 (commas) and 2.1 (semicolons, several funders per grant), every status and every bad row
 * with its line.
 */
class PublishedGrantsFileTest {

    @TempDir
    Path folder;

    /** The samples, La Passerelle with its own SIREN, analysed for the city. */
    private PortfolioTables portfolio(String funder) {
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(funder == null ? null : Portfolio.funders(funder, null, List.of()),
                null, false, 50, 1, 1);
        PortfolioTables tables = new PortfolioTables(List.of());
        for (String name : List.of("coworking-rural", "fablab", "tiers-lieu-hybride")) {
            Canvas canvas = ReportExportsTest.sample(name);
            if (name.equals("tiers-lieu-hybride")) {
                canvas.setSiren("443 061 841");
            }
            tables.add(Path.of(name + ".perenne"), new PlaceAnalysis(canvas, options));
        }
        return tables;
    }

    private static List<List<String>> statuses(ReportTable published) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : CsvExport.rows(published).subList(1, published.rows().size() + 1)) {
            rows.add(List.of(row.get(0), row.get(2), row.get(4), row.get(6), row.get(8), row.get(10), row.get(11)));
        }
        return rows;
    }

    @Test
    void version11WithCommasListsEachStatusAndEveryBadRowWithItsLine() throws IOException {
        Path file = folder.resolve("subventions-2027-2029.csv");
        Files.writeString(file, """
                nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention
                Ville de Saint-Martin,21340172200017,2027-03-14,2027-03-103,Association La Passerelle,44306184100015,Fonctionnement 2027,30000.00,aide en numéraire,échelonné,2027-04-01/2028-06-30,,non,1.00
                Ville de Saint-Martin,21340172200017,2029-03-12,2029-03-088,Association La Passerelle,44306184100015,Fonctionnement 2029,25000.00,aide en numéraire,échelonné,2029-04-01/2030-06-30,,non,1.00
                Ville de Saint-Martin,21340172200017,2028-05-02,2028-05-011,Les Jardins partagés,51234567800021,"Jardin, compost et ateliers",12000,aide en numéraire,unique,2028-06-01,,non,1.00
                Ville de Saint-Martin,21340172200017,2029-02-01,2029-02-007,Association La Passerelle,12345,Fonctionnement 2029 bis,30000.00,aide en numéraire,échelonné,2029-04-01/2030-06-30,,non,1.00
                Ville de Saint-Martin,21340172200017,2029-02-01,2029-02-008,Le Relais,,Animation,trente mille,aide en numéraire,unique,2029-06-01,,non,1.00
                Ville de Saint-Martin,21340172200017,01/02/2029,2029-02-009,L’Établi,,Machines,5000,aide en nature,unique,2029-06-01,,non,1.00
                """);
        PublishedGrantsFile.Result read = PublishedGrantsFile.read(file, new ReportText(Locale.FRENCH));
        assertEquals(3, read.rows().size());
        List<String> problems = read.problems().stream().map(p -> p.text().replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
        assertEquals(List.of(5, 6, 7), read.problems().stream().map(PublishedGrantsFile.Problem::line).toList(),
                "every bad row with its line (the header is line 1)");
        assertTrue(problems.get(0).contains("« 12345 » n’est pas un SIRET"), problems.get(0));
        assertTrue(problems.get(1).contains("« trente mille » n’est pas un nombre"), problems.get(1));
        assertTrue(problems.get(2).contains("« 01/02/2029 » n’est pas une date"), problems.get(2));

        PortfolioTables tables = portfolio("Ville");
        tables.comparePublished(read);
        assertEquals(List.of(
                List.of("2", "Association La Passerelle", "2027", "30000.00", "La Passerelle — tiers-lieu hybride", "30000.00", "matched"),
                List.of("3", "Association La Passerelle", "2029", "25000.00", "La Passerelle — tiers-lieu hybride", "30000.00",
                        "amount differs"),
                List.of("4", "Les Jardins partagés", "2028", "12000.00", "", "", "no canvas"),
                List.of("", "La Passerelle — tiers-lieu hybride", "2028", "", "La Passerelle — tiers-lieu hybride", "30000.00",
                        "not published"),
                List.of("5", "", "", "", "", "", "unreadable"), List.of("6", "", "", "", "", "", "unreadable"),
                List.of("7", "", "", "", "", "", "unreadable")), statuses(tables.published()));
        assertTrue(tables.all().contains(tables.published()), "published.csv is one of the portfolio's files");
        assertEquals("6 lignes publiées : 1 au même montant que le canevas, 1 à un autre montant, 1 sans canevas, 3 non lues ; "
                + "1 année de subvention des canevas n’est pas publiée.", tables.publishedSummary(new ReportText(Locale.FRENCH))
                        .replace('\u00a0', ' ').replace('\u202f', ' '));
    }

    @Test
    void version21WithSemicolonsTakesEachFundersOwnShareAndMatchesByName() throws IOException {
        Path file = folder.resolve("subventions-v2.1.csv");
        Files.writeString(file, """
                multiFinanceur;identifiantSubvention;nomAttribuant;idAttribuant;dateConvention;dateDecision;dateDepot;dateInstruction;referenceDecision;engagementJuridique;nomBeneficiaire;idBeneficiaire;rnaBeneficiaire;objet;montantTotal;montantAttribuant;nature;conditionsVersement;dateDebutVersement;dateFinVersement;idRAE;notificationUE;pourcentageSubvention;dispositifAide
                true;SUB-2027-12;Agglomération;20004050600019;;2027-01-20;2026-11-02;2026-11-15;DEL-2027-012;21000012;L’Établi;;W343000123;Fonctionnement du fablab;40000;15000;aide en numéraire;échelonné;2027-03-01;2027-12-15;;non;1;
                false;SUB-2028-07;Agglomération;20004050600019;2028-02-03;;;;DEL-2028-007;21000044;L'Établi;;W343000123;Fonctionnement du fablab;20000;;aide en numéraire;échelonné;2028-03-01;2028-12-15;;non;1;
                false;SUB-2028-09;Agglomération;20004050600019;2028-02-03;;;;DEL-2028-009;21000045;Café associatif du Val;80012345600019;;Animation;8000;;aide en numéraire;unique;2028-03-01;2028-03-01;;non;0,5;
                false;SUB-2027-31;Communauté de communes;20006700100014;2027-09-12;;;;CC-2027-31;;Le Relais;;;Coworking rural;8000;;aide en numéraire;unique;2027-10-01;2027-10-01;;non;1;
                false;SUB-2028-10;Agglomération;2000405060;2028-02-03;;;;DEL-2028-010;21000046;L’Établi;;W343000123;Atelier;3000;;aide en numéraire;unique;2028-03-01;2028-03-01;;non;1;
                """);
        PublishedGrantsFile.Result read = PublishedGrantsFile.read(file, new ReportText(Locale.ENGLISH));
        assertEquals(List.of(6), read.problems().stream().map(PublishedGrantsFile.Problem::line).toList());
        assertTrue(read.problems().get(0).text().contains("idAttribuant \"2000405060\" is not a SIRET (14 digits)"),
                read.problems().get(0).text());
        assertEquals(List.of(15_000.0, 20_000.0, 4_000.0, 8_000.0), read.rows().stream().map(r -> r.amount()).toList(),
                "the funder's own amount when given, times the beneficiary's share (a decimal comma is read too)");
        assertEquals(List.of(2027, 2028, 2028, 2027), read.rows().stream().map(r -> r.year()).toList(),
                "the decision's year when the convention has no date");

        PortfolioTables tables = portfolio(null); // every funder: each row goes with the grants of the funder it names
        tables.comparePublished(read);
        assertEquals(List.of(
                List.of("2", "L’Établi", "2027", "15000.00", "L’Établi — fablab associatif", "15000.00", "matched"),
                List.of("3", "L'Établi", "2028", "20000.00", "L’Établi — fablab associatif", "15000.00", "amount differs"),
                List.of("4", "Café associatif du Val", "2028", "4000.00", "", "", "no canvas"),
                List.of("5", "Le Relais", "2027", "8000.00", "Le Relais — coworking rural", "8000.00", "matched"),
                List.of("", "Le Relais — coworking rural", "2028", "", "Le Relais — coworking rural", "8000.00", "not published"),
                List.of("6", "", "", "", "", "", "unreadable")), statuses(tables.published()));
        ReportText english = new ReportText(Locale.ENGLISH);
        assertEquals("amounts differ", english.cell(tables.published(), 1, tables.published().column("status")));
    }

    @Test
    void aFileThatIsNoTableOfPublishedGrantsSaysWhichColumnsItLacks() throws IOException {
        Path file = folder.resolve("budget.csv");
        Files.writeString(file, "mois;ligne;montant\n2027-01;rent;1200\n");
        PublishedGrantsFile.Result read = PublishedGrantsFile.read(file, new ReportText(Locale.ENGLISH));
        assertEquals(List.of(), read.rows());
        assertEquals("This file is not a table of published grants (SCDL « subventions »): it has no column nomAttribuant, "
                + "nomBeneficiaire, dateConvention or dateDecision or dateDebutVersement or datesPeriodeVersement.",
                read.problems().get(0).text());
    }
}
