/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.perenne.model.Element;
import org.perenne.model.FieldUnit;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.Messages;

/**
 * Chooses a number of the canvas: an item, one of its numeric fields (named as in the details), and
 * for a list (a grant's yearly amounts) which year, or all of them. Used by scenario changes and by
 * "solve for". Lays itself out in a two-column grid.
 */
final class AssumptionPicker {

    /** The number chosen: {@code index} is -1 for every value of a list (or a single value). */
    record Choice(EObject item, EAttribute attribute, int index) {
    }

    private final List<EObject> items = new ArrayList<>();
    private final List<EAttribute> attributes = new ArrayList<>();
    private final CanvasDocument document;
    private final Predicate<Choice> offered;
    private final Combo itemCombo;
    private final Combo fieldCombo;
    private final Spinner year;
    private Runnable changed = () -> {
    };

    /** @param offered which item fields may be chosen (every numeric one when it says yes to all) */
    AssumptionPicker(Composite grid, CanvasDocument document, Predicate<Choice> offered) {
        this.document = document;
        this.offered = offered;
        new Label(grid, SWT.NONE).setText(Messages.get("picker.item"));
        itemCombo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
        itemCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(grid, SWT.NONE).setText(Messages.get("picker.field"));
        fieldCombo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
        fieldCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(grid, SWT.NONE).setText(Messages.get("picker.year"));
        year = new Spinner(grid, SWT.BORDER);
        year.setToolTipText(Messages.get("picker.year.explained"));
        for (Iterator<EObject> all = document.canvas().eAllContents(); all.hasNext();) {
            EObject item = all.next();
            if (item instanceof Element && !numericFields(item).isEmpty()) {
                items.add(item);
                itemCombo.add(described(item));
            }
        }
        itemCombo.addListener(SWT.Selection, event -> {
            fillFields();
            changed.run();
        });
        fieldCombo.addListener(SWT.Selection, event -> {
            fillYears();
            changed.run();
        });
        year.addListener(SWT.Selection, event -> changed.run());
        if (!items.isEmpty()) {
            itemCombo.select(0);
            fillFields();
        }
    }

    /** The item provider's text says what the item is and its name ("Salle de réunion « Canopée »"). */
    private String described(EObject item) {
        IItemLabelProvider provider = (IItemLabelProvider) document.adapterFactory().adapt(item, IItemLabelProvider.class);
        String name = ((Element) item).getName();
        return provider == null ? String.valueOf(name) : kindAndName(provider.getText(item), name, Messages.locale());
    }

    /**
     * An item's kind and name, each once: "Subvention de fonctionnement de la Ville", not "Subvention Subvention de
     * fonctionnement de la Ville"; "Public « Indépendants »", not "Public Indépendants"; a name already in quotes
     * ("Salle « Canopée »") as the item provider says it.
     */
    static String kindAndName(String label, String name, java.util.Locale locale) {
        if (name == null || name.isBlank() || !label.endsWith(name) || label.length() == name.length()) {
            return label;
        }
        String kind = label.substring(0, label.length() - name.length()).strip();
        if (kind.isEmpty() || name.toLowerCase(locale).startsWith(kind.toLowerCase(locale))) {
            return name;
        }
        return name.matches(".*[«“\"].*") ? label : Messages.get("item.kindAndName", kind, name);
    }

    /** Hears every choice the user makes (an item, a field, a year). */
    void onChange(Runnable listener) {
        changed = listener;
    }

    /** The item's numbers the engine may read, amounts in euros first (what people most often vary). */
    private List<EAttribute> numericFields(EObject item) {
        List<EAttribute> fields = new ArrayList<>();
        for (EAttribute attribute : item.eClass().getEAllAttributes()) {
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            boolean number = type == double.class || type == Double.class || type == int.class || type == Integer.class;
            if (number && !attribute.isDerived() && !attribute.getName().equals("formatVersion")
                    && offered.test(new Choice(item, attribute, -1))) {
                fields.add(attribute);
            }
        }
        fields.sort(java.util.Comparator.comparing((EAttribute attribute) -> FieldUnit.of(attribute) != FieldUnit.EUROS));
        return fields;
    }

    private void fillFields() {
        attributes.clear();
        fieldCombo.removeAll();
        EObject item = items.get(itemCombo.getSelectionIndex());
        IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(item, IItemPropertySource.class);
        for (EAttribute attribute : numericFields(item)) {
            attributes.add(attribute);
            IItemPropertyDescriptor descriptor = source == null ? null : source.getPropertyDescriptor(item, attribute);
            // with its unit, as in the details: "Départs par mois (%)", "Montants engagés (€)"
            fieldCombo.add(FieldUnit.of(attribute).label(descriptor == null ? attribute.getName() : descriptor.getDisplayName(item), Messages.locale()));
        }
        if (!attributes.isEmpty()) {
            fieldCombo.select(0);
        }
        fillYears();
    }

    private void fillYears() {
        Choice choice = choice();
        boolean list = choice != null && choice.attribute().isMany();
        int size = list ? ((List<?>) choice.item().eGet(choice.attribute())).size() : 0;
        year.setValues(0, 0, Math.max(0, size), 0, 1, 1);
        year.setEnabled(list);
    }

    /** The number chosen; null when the canvas has none. */
    Choice choice() {
        int item = itemCombo.getSelectionIndex();
        int field = fieldCombo.getSelectionIndex();
        if (item < 0 || field < 0) {
            return null;
        }
        EAttribute attribute = attributes.get(field);
        return new Choice(items.get(item), attribute, attribute.isMany() && year.getSelection() > 0 ? year.getSelection() - 1 : -1);
    }

    /** The value of the number chosen now (the first of a list when all are chosen). */
    double current() {
        Choice choice = choice();
        Object value = choice.item().eGet(choice.attribute());
        if (value instanceof List<?> list) {
            return list.isEmpty() ? 0 : ((Number) list.get(Math.max(0, choice.index()))).doubleValue();
        }
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    /** Chooses as a user would; nothing when the item or its field cannot be chosen here. */
    void choose(EObject item, EAttribute attribute) {
        int index = items.indexOf(item);
        if (index < 0) {
            return;
        }
        itemCombo.select(index);
        fillFields();
        if (attributes.contains(attribute)) {
            fieldCombo.select(attributes.indexOf(attribute));
        }
        fillYears();
        changed.run();
    }
}
