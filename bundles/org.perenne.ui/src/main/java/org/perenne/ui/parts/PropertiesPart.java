/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The details of the selected item: every field with its value, edited in place. Each change is
 * a command on the canvas's command stack, so it can be undone. Numbers accept a decimal comma.
 */
public final class PropertiesPart {

    @Inject
    private CanvasSession session;

    private TableViewer viewer;
    private Label status;
    private EObject item;
    private final CanvasSession.Listener listener = changed -> Tables.refreshLater(viewer, this::refresh);

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        viewer = Tables.create(parent);
        Tables.column(viewer, Messages.get("properties.header.name"), 280, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IItemPropertyDescriptor) element).getDisplayName(item);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((IItemPropertyDescriptor) element).getDescription(item);
            }
        });

        TableViewerColumn value = Tables.column(viewer, Messages.get("properties.header.value"), 420,
                new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return textOf((IItemPropertyDescriptor) element);
                    }
                });
        value.setEditingSupport(new ValueEditing(viewer));

        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        status.setText(Messages.get("properties.nothingSelected"));
        session.addListener(listener);
    }

    @Inject
    void select(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        item = selection instanceof EObject selected ? selected : null;
        if (viewer != null && !viewer.getControl().isDisposed()) {
            status.setText(item == null ? Messages.get("properties.nothingSelected") : "");
            refresh();
        }
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<IItemPropertyDescriptor> descriptors = new ArrayList<>();
        CanvasDocument document = session.document().orElse(null);
        if (item != null && document != null && EcoreUtil.getRootContainer(item) == document.canvas()) {
            IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(item,
                    IItemPropertySource.class);
            if (source != null) {
                descriptors.addAll(source.getPropertyDescriptors(item));
            }
        }
        viewer.setInput(descriptors);
    }

    private String textOf(IItemPropertyDescriptor descriptor) {
        Object value = descriptor.getPropertyValue(item);
        if (feature(descriptor) instanceof EAttribute attribute
                && attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN && !attribute.isMany()) {
            return Messages.get(Boolean.TRUE.equals(item.eGet(attribute)) ? "boolean.true" : "boolean.false");
        }
        return descriptor.getLabelProvider(item).getText(value);
    }

    private EStructuralFeature feature(IItemPropertyDescriptor descriptor) {
        return descriptor.getFeature(item) instanceof EStructuralFeature feature ? feature : null;
    }

    private void set(EStructuralFeature feature, Object value) {
        session.document().ifPresent(document -> document.execute(
                SetCommand.create(document.editingDomain(), item, feature, value)));
    }

    /** Edits a value in place: text for numbers, words, months and times; a list for choices. */
    private final class ValueEditing extends EditingSupport {
        private List<?> choices = List.of();

        ValueEditing(TableViewer viewer) {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object element) {
            IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
            EStructuralFeature feature = feature(descriptor);
            boolean editable = feature != null && !feature.isMany() && descriptor.canSetProperty(item);
            status.setText(editable ? "" : Messages.get("properties.readOnly"));
            return editable;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
            EStructuralFeature feature = feature(descriptor);
            if (feature instanceof EAttribute attribute && attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN) {
                choices = List.of(Boolean.TRUE, Boolean.FALSE);
                return new ComboBoxCellEditor(viewer.getTable(),
                        new String[] { Messages.get("boolean.true"), Messages.get("boolean.false") }, SWT.READ_ONLY);
            }
            Collection<?> values = descriptor.getChoiceOfValues(item);
            if (values != null) {
                choices = new ArrayList<>(values);
                String[] labels = choices.stream().map(choice -> descriptor.getLabelProvider(item).getText(choice))
                        .toArray(String[]::new);
                return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
            }
            choices = List.of();
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected Object getValue(Object element) {
            IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
            Object current = item.eGet(feature(descriptor));
            if (!choices.isEmpty()) {
                return Math.max(0, choices.indexOf(current));
            }
            return current == null ? "" : EcoreUtil.convertToString(((EAttribute) feature(descriptor)).getEAttributeType(), current);
        }

        @Override
        protected void setValue(Object element, Object value) {
            IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
            EStructuralFeature feature = feature(descriptor);
            if (!choices.isEmpty()) {
                int index = (Integer) value;
                if (index >= 0 && index < choices.size() && !java.util.Objects.equals(choices.get(index), item.eGet(feature))) {
                    set(feature, choices.get(index));
                }
                return;
            }
            EDataType type = ((EAttribute) feature).getEAttributeType();
            String text = String.valueOf(value).trim();
            try {
                Object parsed = text.isEmpty() && !type.getInstanceClass().isPrimitive() ? null
                        : EcoreUtil.createFromString(type, isDecimal(type) ? text.replace(',', '.').replace("\u00a0", "").replace(" ", "") : text);
                if (!java.util.Objects.equals(parsed, item.eGet(feature))) {
                    set(feature, parsed);
                }
                status.setText("");
            } catch (RuntimeException e) {
                status.setText(Messages.get("properties.invalidValue", text, descriptor.getDisplayName(item)));
            }
        }

        private static boolean isDecimal(EDataType type) {
            Class<?> kind = type.getInstanceClass();
            return kind == double.class || kind == Double.class || kind == int.class || kind == Integer.class;
        }
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
    }
}
