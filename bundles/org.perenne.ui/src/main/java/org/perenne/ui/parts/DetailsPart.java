/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.perenne.model.FieldUnit;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The details of the selected item as a form: each field with its explanation on hover and an editor
 * suited to it (a number or a list of numbers with a decimal comma, a choice, yes/no, several
 * choices); then what the item contains (opening hours, price ladder, distribution…), which can be
 * opened, added or removed. Every change is a command on the canvas's stack, so it can be undone.
 */
public final class DetailsPart {

    private static final String FEATURE = "feature";
    /** Fields that only the file and the command line need: an item's identifier, the file's format version. */
    private static final Set<String> TECHNICAL = Set.of("id", "formatVersion");

    @Inject
    private CanvasSession session;

    private Composite parent;
    private Scrolling scroll;
    private Composite form;
    private Label status;
    private Font titleFont;
    private EObject item;
    private DocumentLabels labels;
    private final List<Field> fields = new ArrayList<>();
    private List<?> childrenShown = List.of();
    /** The group estimate's drawing under its details, or null. */
    private ChartCanvas groupEstimateChart;
    /** What that drawing shows ({@link GroupEstimateView#drawn}): another law redraws the details. */
    private String groupEstimateDrawn = "";
    /** The validation problems of the item shown, by field (the first of each), read once per refresh. */
    private Map<EStructuralFeature, Diagnostic> problems = Map.of();
    private static final Color ERROR_BACKGROUND = new Color(0xFF, 0xE3, 0xE0);
    private static final Color WARNING_BACKGROUND = new Color(0xFF, 0xF4, 0xCC);

    private CanvasSession.Listener listener;

    /** One field of the form: its editor shows the item's value again after any change. */
    private interface Field {
        void show();
    }

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(1, false));
        titleFont = TitleFont.of(parent, 1.1f);
        labels = new DocumentLabels(parent);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroll = new Scrolling(parent);
        scroll.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        listener = PartListener.following(parent, this::refresh, selected -> {
            item = selected;
            rebuild();
        });
        session.addListener(listener);
        item = session.selection().orElse(null);
        rebuild();
    }

    /** After an edit: the same item shows its new values; a new structure (a child added) rebuilds the form. */
    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        CanvasDocument document = session.document().orElse(null);
        if (item == null || document == null || EcoreUtil.getRootContainer(item) != document.canvas()
                || !childrenShown.equals(children(document, item)) || !groupEstimateDrawn.equals(GroupEstimateView.drawn(item))) {
            rebuild();
            return;
        }
        problems = problemsOf(document);
        fields.forEach(Field::show);
        form.layout(true, true);
    }

    /** The item's problems (errors first) by the field they are about. */
    private Map<EStructuralFeature, Diagnostic> problemsOf(CanvasDocument document) {
        Map<EStructuralFeature, Diagnostic> found = new java.util.HashMap<>();
        List<Diagnostic> all = new ArrayList<>();
        collect(document.validate(), all);
        all.sort(java.util.Comparator.comparingInt(Diagnostic::getSeverity).reversed());
        for (Diagnostic problem : all) {
            List<?> data = problem.getData();
            if (data.size() >= 2 && data.get(0) == item && data.get(1) instanceof EStructuralFeature feature
                    && problem.getSeverity() >= Diagnostic.WARNING) {
                found.putIfAbsent(feature, problem);
            }
        }
        return found;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
        if (diagnostic.getChildren().isEmpty()) {
            into.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> collect(child, into));
    }

    private void rebuild() {
        if (form != null) {
            form.dispose();
        }
        fields.clear();
        form = scroll.newContent();
        form.setLayout(new GridLayout(2, false));
        CanvasDocument document = session.document().orElse(null);
        if (item == null || document == null || EcoreUtil.getRootContainer(item) != document.canvas()) {
            item = null;
            childrenShown = List.of();
            groupEstimateChart = null;
            groupEstimateDrawn = "";
            status.setText(Messages.get("properties.nothingSelected"));
        } else {
            status.setText("");
            problems = problemsOf(document);
            build(document);
        }
        parent.layout(true, true);
        scroll.fit();
    }

    private void build(CanvasDocument document) {
        Composite heading = new Composite(form, SWT.NONE);
        heading.setLayout(new GridLayout(2, false));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Label title = new Label(heading, SWT.WRAP);
        title.setFont(titleFont);
        title.setText(typeOf(document, item));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        EObject container = item.eContainer();
        if (container != null && container.eContainer() != null && !(container.eContainer() instanceof org.perenne.model.Canvas
                && container instanceof org.perenne.model.CanvasBlock)) {
            Button back = new Button(heading, SWT.PUSH);
            back.setText(Messages.get("details.back", labels.of(document).getText(container)));
            back.addListener(SWT.Selection, event -> session.select(container));
        }
        IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(item, IItemPropertySource.class);
        if (source != null) {
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(item)) {
                if (descriptor.getFeature(item) instanceof EStructuralFeature feature && !TECHNICAL.contains(feature.getName())) {
                    field(document, descriptor, feature);
                }
            }
        }
        childrenShown = children(document, item);
        contents(document);
        groupEstimateChart = GroupEstimateView.addTo(form, item);
        groupEstimateDrawn = GroupEstimateView.drawn(item);
    }

    private String typeOf(CanvasDocument document, EObject shown) {
        IItemLabelProvider provider = (IItemLabelProvider) document.adapterFactory().adapt(shown, IItemLabelProvider.class);
        return provider == null ? shown.eClass().getName() : provider.getText(shown);
    }

    private static List<?> children(CanvasDocument document, EObject parentItem) {
        return List.of(new ItemProviderLabels.Tree(document.adapterFactory()).getChildren(parentItem));
    }

    private void field(CanvasDocument document, IItemPropertyDescriptor descriptor, EStructuralFeature feature) {
        Label name = new Label(form, SWT.WRAP);
        name.setText(feature instanceof EAttribute attribute ? FieldUnit.of(attribute).label(descriptor.getDisplayName(item), Messages.locale())
                : descriptor.getDisplayName(item));
        GridData nameLayout = new GridData(SWT.FILL, SWT.CENTER, false, false);
        nameLayout.widthHint = 170;
        name.setLayoutData(nameLayout);
        String explanation = Messages.explain(item.eClass(), feature).orElse(null);
        name.setToolTipText(explanation);
        Control editor;
        boolean editable = descriptor.canSetProperty(item);
        Collection<?> choices = editable ? descriptor.getChoiceOfValues(item) : null;
        if (!editable) {
            editor = readOnly(descriptor);
        } else if (feature instanceof EAttribute attribute && attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN) {
            editor = check(document, attribute);
        } else if (feature.isMany() && (choices != null || feature.getEType() instanceof EEnum)) {
            editor = several(document, descriptor, feature, choices);
        } else if (choices != null) {
            editor = choice(document, descriptor, feature, new ArrayList<>(choices));
        } else if (feature instanceof EAttribute attribute) {
            editor = text(document, descriptor, attribute);
        } else {
            editor = readOnly(descriptor);
        }
        editor.setToolTipText(explanation);
        if (editor.getLayoutData() == null) { // a long text keeps the height of its three lines
            editor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        // a problem of the field is said under it, in words, and its editor is tinted (red: error, yellow: warning)
        Label problem = new Label(form, SWT.WRAP);
        GridData problemLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        problemLayout.widthHint = 200;
        problem.setLayoutData(problemLayout);
        problem.setData(FEATURE, feature.getName());
        problem.setForeground(problem.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        fields.add(() -> mark(editor, problem, problems.get(feature)));
        fields.get(fields.size() - 1).show();
    }

    private static void mark(Control editor, Label problem, Diagnostic diagnostic) {
        if (editor.isDisposed()) {
            return;
        }
        boolean shown = diagnostic != null;
        editor.setBackground(!shown || editor instanceof Label ? null
                : diagnostic.getSeverity() >= Diagnostic.ERROR ? ERROR_BACKGROUND : WARNING_BACKGROUND);
        problem.setText(shown ? "⚠ " + diagnostic.getMessage() : "");
        problem.setVisible(shown);
        ((GridData) problem.getLayoutData()).exclude = !shown;
    }

    /** The group estimate's drawing under the details, or null when the item shown has none (tests). */
    ChartCanvas groupEstimateChart() {
        return groupEstimateChart;
    }

    /** The line above the form (tests). */
    String statusText() {
        return status.getText();
    }

    /** The words said under a field (tests): empty when it has no problem. */
    String problemOf(String feature) {
        for (Control control : form.getChildren()) {
            if (control instanceof Label label && feature.equals(label.getData(FEATURE)) && label.getVisible()) {
                return label.getText();
            }
        }
        return "";
    }

    private Control readOnly(IItemPropertyDescriptor descriptor) {
        Label value = new Label(form, SWT.WRAP);
        fields.add(() -> value.setText(textOf(descriptor)));
        fields.get(fields.size() - 1).show();
        return value;
    }

    private String textOf(IItemPropertyDescriptor descriptor) {
        Object value = descriptor.getPropertyValue(item);
        return choiceText(descriptor, value);
    }

    /**
     * A value offered for a field: a named item by its name (every item offered is of the kind the field names: "Résidents",
     * not "Public Résidents"), anything else as the item providers say it.
     */
    private String choiceText(IItemPropertyDescriptor descriptor, Object value) {
        return value instanceof org.perenne.model.Element named && named.getName() != null && !named.getName().isBlank()
                ? named.getName() : descriptor.getLabelProvider(item).getText(value);
    }

    private Control check(CanvasDocument document, EAttribute attribute) {
        Button check = new Button(form, SWT.CHECK);
        Field field = () -> check.setSelection(Boolean.TRUE.equals(item.eGet(attribute)));
        fields.add(field);
        field.show();
        check.addListener(SWT.Selection, event -> set(document, attribute, check.getSelection()));
        return check;
    }

    private Control choice(CanvasDocument document, IItemPropertyDescriptor descriptor, EStructuralFeature feature,
            List<Object> choices) {
        Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Object choice : choices) {
            combo.add(choice == null ? "—" : choiceText(descriptor, choice));
        }
        Field field = () -> combo.select(choices.indexOf(item.eGet(feature)));
        fields.add(field);
        field.show();
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            if (index >= 0 && !Objects.equals(choices.get(index), item.eGet(feature))) {
                set(document, feature, choices.get(index));
            }
        });
        return combo;
    }

    private Control several(CanvasDocument document, IItemPropertyDescriptor descriptor, EStructuralFeature feature,
            Collection<?> offered) {
        Composite row = new Composite(form, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        Label value = new Label(row, SWT.WRAP);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button change = new Button(row, SWT.PUSH);
        change.setText(Messages.get("details.choose"));
        Field field = () -> value.setText(textOf(descriptor));
        fields.add(field);
        field.show();
        change.addListener(SWT.Selection, event -> {
            List<Object> options = new ArrayList<>(offered != null ? offered
                    : ((EEnum) feature.getEType()).getELiterals().stream().map(literal -> literal.getInstance()).toList());
            options.remove(null);
            List<?> current = (List<?>) item.eGet(feature);
            SeveralChoicesDialog.open(change.getShell(), descriptor.getDisplayName(item), options,
                    option -> choiceText(descriptor, option), current)
                    .ifPresent(chosen -> set(document, feature, chosen));
        });
        return row;
    }

    private Control text(CanvasDocument document, IItemPropertyDescriptor descriptor, EAttribute attribute) {
        boolean longText = attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
                && (attribute.getName().equals("description") || attribute.getName().equals("notes"));
        Text text = new Text(form, SWT.BORDER | (longText ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        text.setData(FEATURE, attribute.getName());
        if (longText) {
            GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
            layout.heightHint = text.getLineHeight() * 3;
            text.setLayoutData(layout);
        }
        FieldUnit unit = FieldUnit.of(attribute);
        Field field = () -> {
            if (!text.isFocusControl()) {
                text.setText(FieldText.format(attribute, shown(unit, item.eGet(attribute)), Messages.locale()));
            }
        };
        fields.add(field);
        field.show();
        Runnable commit = () -> {
            try {
                Object parsed = stored(unit, FieldText.parse(attribute, text.getText()));
                if (!Objects.equals(parsed, item.eGet(attribute))) {
                    set(document, attribute, parsed);
                }
                status.setText("");
                text.setBackground(null);
                refresh();
            } catch (IllegalArgumentException e) {
                status.setText(Messages.get("properties.invalidValue", text.getText().trim(), descriptor.getDisplayName(item)));
                text.setBackground(ERROR_BACKGROUND); // the value typed stays there, marked, until it is one
                parent.layout(true, true);
            }
        };
        text.addListener(SWT.DefaultSelection, event -> commit.run());
        text.addListener(SWT.FocusOut, event -> {
            commit.run();
            if (!text.isDisposed() && status.getText().isEmpty()) {
                text.setText(FieldText.format(attribute, shown(unit, item.eGet(attribute)), Messages.locale()));
            }
        });
        return text;
    }

    /** A value (or a list of values) in the unit the user types. */
    private static Object shown(FieldUnit unit, Object stored) {
        return stored instanceof List<?> list ? list.stream().map(unit::shown).toList() : unit.shown(stored);
    }

    /** A typed value (or list) as the canvas holds it. */
    private static Object stored(FieldUnit unit, Object typed) {
        return typed instanceof List<?> list ? list.stream().map(unit::stored).toList() : unit.stored(typed);
    }

    private void set(CanvasDocument document, EStructuralFeature feature, Object value) {
        document.execute(SetCommand.create(document.editingDomain(), item, feature, value));
    }

    /** What the item contains: open, add, remove. */
    private void contents(CanvasDocument document) {
        Menu addMenu = ItemCommands.addMenu(form, document, item, Set.of(), session::select);
        if (childrenShown.isEmpty() && addMenu.getItemCount() == 0) {
            addMenu.dispose();
            return;
        }
        Label heading = new Label(form, SWT.NONE);
        heading.setFont(titleFont);
        heading.setText(Messages.get("details.contents"));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        for (Object child : childrenShown) {
            if (!(child instanceof EObject contained)) {
                continue;
            }
            Button open = new Button(form, SWT.PUSH | SWT.FLAT);
            open.setText(labels.of(document).getText(contained));
            open.setImage(labels.of(document).getImage(contained));
            open.setToolTipText(Messages.get("details.open"));
            open.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
            open.addListener(SWT.Selection, event -> session.select(contained));
            Button remove = new Button(form, SWT.PUSH);
            remove.setText(Messages.get("details.remove"));
            remove.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            remove.addListener(SWT.Selection, event -> ItemCommands.remove(document, contained));
        }
        if (addMenu.getItemCount() > 0) {
            Button add = new Button(form, SWT.PUSH);
            add.setText(Messages.get("details.add"));
            add.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
            add.setMenu(addMenu);
            add.addListener(SWT.Selection, event -> {
                addMenu.setLocation(add.toDisplay(0, add.getSize().y));
                addMenu.setVisible(true);
            });
        } else {
            addMenu.dispose();
        }
    }

    /** The text field of a feature (tests type into it as a user would). */
    Text textField(String featureName) {
        for (Control control : form.getChildren()) {
            if (control instanceof Text text && featureName.equals(text.getData(FEATURE))) {
                return text;
            }
        }
        throw new IllegalArgumentException(featureName + " is not a text field of " + item.eClass().getName());
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
