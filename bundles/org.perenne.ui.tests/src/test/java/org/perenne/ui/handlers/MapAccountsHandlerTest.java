/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;

/** File › Map the accounts: an account sent to another line moves there, as one edit to undo. */
class MapAccountsHandlerTest {

    private static PlanVersusActual plan(CanvasDocument document) {
        return new PlanVersusActual(document.canvas(), KeyFigures.of(document.canvas(), null, 0, KeyFigures.DEFAULT_SEED, 1,
                MonteCarlo.Progress.NONE).projection(), new AccountChart(document.canvas()));
    }

    @Test
    void anAccountSentToALineCountsThereAndOneUndoSendsItBack(@TempDir Path folder) throws Exception {
        CanvasDocument document = ImportHandlerTest.sample();
        String header = String.join("\t", org.perenne.report.AccountsImport.FEC_COLUMNS);
        Path fec = Files.writeString(folder.resolve("fec.txt"), header + "\n"
                + "OD\tOD\t1\t20270315\t6251\tDéplacements\t\t\tP1\t20270315\ttrain\t45,60\t0,00\t\t\t20270315\t\t\n"
                + "OD\tOD\t1\t20270315\t512\tBanque\t\t\tP1\t20270315\ttrain\t0,00\t45,60\t\t\t20270315\t\t\n", StandardCharsets.UTF_8);
        ImportAccountsHandler.importInto(document, fec, months -> true);
        assertEquals(List.of("6251"), plan(document).unmapped().stream().map(PlanVersusActual.Unmapped::account).toList());

        Map<String, String> choices = MapAccountsHandler.choices(document.canvas());
        assertEquals("Sans ligne (laissé de côté)", choices.get(AccountChart.NONE));
        assertEquals("Autres charges", choices.get("other_costs"), "lines by their names");
        assertTrue(choices.keySet().stream().anyMatch(key -> key.startsWith(AccountChart.FUNDER)), "and each funder's subsidies");
        MapAccountsHandler.apply(document, MapAccountsHandler.mappings(document.canvas(), Map.of("6251", "other_costs")));
        PlanVersusActual mapped = plan(document);
        assertEquals(List.of(), mapped.unmapped());
        assertEquals(45.60, mapped.monthly().stream().filter(row -> row.line() == AccountLine.OTHER_COSTS).findFirst().orElseThrow()
                .actual(), 0.001);

        document.undo();
        assertEquals(1, plan(document).unmapped().size(), "Ctrl+Z: the account is left aside again");
    }
}
