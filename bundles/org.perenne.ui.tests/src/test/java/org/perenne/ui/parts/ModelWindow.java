/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.framework.FrameworkUtil;

/**
 * The application's window as its model (Application.e4xmi) lays it out, built in the test bench's shell: its sashes
 * with their shares, its stacks as tab folders titled in the bench's language, each part made by injection. What the
 * workbench would render, without the workbench, so that every test walks the window the user gets.
 */
final class ModelWindow {

    final MApplication application;
    final MWindow window;
    private final DesktopTestBench bench;
    private final ResourceBundle labels;
    private final Map<MUIElement, Control> controls = new LinkedHashMap<>();
    private final Map<String, Object> parts = new LinkedHashMap<>();
    private final Map<String, CTabItem> tabs = new LinkedHashMap<>();
    /** What the handlers asked to show, in order (tests read it). */
    final List<String> shown = new ArrayList<>();

    ModelWindow(DesktopTestBench bench, Locale language) {
        this.bench = bench;
        this.application = load();
        this.window = application.getChildren().get(0);
        this.labels = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", language, DashboardPart.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        bench.provide(EPartService.class, partService());
        bench.provide(EModelService.class, modelService());
        bench.provide(MApplication.class, application);
        bench.provide(MWindow.class, window);
        window.setContext(org.eclipse.e4.core.contexts.EclipseContextFactory.create("window"));
        window.setWidget(bench.shell);
        for (MUIElement child : window.getChildren()) {
            build(child, bench.shell);
        }
        sync();
    }

    /** The application's model as the product ships it. */
    static MApplication load() {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        String entry = FrameworkUtil.getBundle(DashboardPart.class).getEntry("Application.e4xmi").toString();
        Resource model = resources.getResource(URI.createURI(entry), true);
        return (MApplication) model.getContents().get(0);
    }

    /** A label of the model ("%part.dashboard") in the bench's language. */
    String label(String key) {
        return key != null && key.startsWith("%") ? labels.getString(key.substring(1)).strip() : key;
    }

    private void build(MUIElement element, Composite parent) {
        if (element instanceof MPartSashContainer sash) {
            SashForm form = new SashForm(parent, sash.isHorizontal() ? SWT.HORIZONTAL : SWT.VERTICAL);
            controls.put(element, form);
            for (MUIElement child : sash.getChildren()) {
                build(child, form);
            }
        } else if (element instanceof MPartStack stack) {
            CTabFolder folder = new CTabFolder(parent, SWT.BORDER);
            controls.put(element, folder);
            for (MUIElement child : stack.getChildren()) {
                MPart part = (MPart) child;
                Composite area = new Composite(folder, SWT.NONE);
                CTabItem tab = new CTabItem(folder, SWT.NONE);
                tab.setText(label(part.getLabel()));
                tab.setControl(area);
                tabs.put(part.getElementId(), tab);
                controls.put(part, area);
                parts.put(part.getElementId(), bench.part(partClass(part), area));
            }
            folder.setSelection(stack.getSelectedElement() == null ? 0 : stack.getChildren().indexOf(stack.getSelectedElement()));
        } else {
            throw new IllegalStateException("Not laid out by the test window: " + element);
        }
    }

    private static Class<?> partClass(MPart part) {
        String uri = part.getContributionURI();
        try {
            return Class.forName(uri.substring(uri.lastIndexOf('/') + 1), true, DashboardPart.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The model names a part that is not in the application: " + uri, e);
        }
    }

    /** Lays the window out as the model says now: which elements show, and each sash's shares. */
    void sync() {
        controls.forEach((element, control) -> {
            if (!(element instanceof MPart)) {
                control.setVisible(element.isVisible());
            }
            if (element instanceof MPartSashContainer sash && control instanceof SashForm form) {
                // a share for every side (SashForm counts the hidden ones too; only the shown ones share the room)
                form.setWeights(sash.getChildren().stream()
                        .mapToInt(child -> child.getContainerData() == null ? 100 : Integer.parseInt(child.getContainerData())).toArray());
            }
        });
        bench.shell.layout(true, true);
    }

    /** Shows a part's tab, as a click on it would. */
    void show(String partId) {
        CTabItem tab = tabs.get(partId);
        tab.getParent().setSelection(tab);
        bench.settle();
    }

    /**
     * Gives a part's stack the whole window, as a double click on its tab does: every other stack and sash side is put
     * away until {@link #sync()}.
     */
    void maximise(String partId) {
        show(partId);
        Control stack = tabs.get(partId).getParent();
        for (Control control = stack; control != bench.shell; control = control.getParent()) {
            for (Control sibling : control.getParent().getChildren()) {
                if (sibling != control && !(sibling instanceof org.eclipse.swt.widgets.Sash)) {
                    sibling.setVisible(false);
                }
            }
        }
        bench.shell.layout(true, true);
        bench.settle();
    }

    /** The parts' ids, in the model's order. */
    List<String> partIds() {
        return List.copyOf(parts.keySet());
    }

    /** The part made for an id. */
    Object part(String id) {
        return parts.get(id);
    }

    /** The part of a type. */
    <T> T part(Class<T> type) {
        return parts.values().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** A part's area (what its tab shows). */
    Composite area(String id) {
        return (Composite) tabs.get(id).getControl();
    }

    /** A part's tab. */
    CTabItem tab(String id) {
        return tabs.get(id);
    }

    /** The element of the model with this id, anywhere in the application. */
    MUIElement find(String id) {
        for (java.util.Iterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MUIElement element && id.equals(element.getElementId())) {
                return element;
            }
        }
        return null;
    }

    /** The part service the handlers get: it shows a part's tab and finds the model's parts; nothing else is asked of it. */
    private EPartService partService() {
        return (EPartService) Proxy.newProxyInstance(EPartService.class.getClassLoader(), new Class<?>[] { EPartService.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "showPart" -> {
                        String id = arguments[0] instanceof String named ? named : ((MPart) arguments[0]).getElementId();
                        shown.add(id);
                        show(id);
                        yield find(id);
                    }
                    case "findPart" -> find((String) arguments[0]);
                    case "activate", "bringToTop" -> {
                        String id = ((MPart) arguments[0]).getElementId();
                        shown.add(id);
                        show(id);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "the test window's part service";
                    default -> throw new UnsupportedOperationException("EPartService." + method.getName() + " is not in the test window");
                });
    }

    /** The model service the handlers get: it finds the model's elements by id; nothing else is asked of it. */
    private EModelService modelService() {
        return (EModelService) Proxy.newProxyInstance(EModelService.class.getClassLoader(), new Class<?>[] { EModelService.class },
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "find" -> find((String) arguments[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> "the test window's model service";
                    default -> throw new UnsupportedOperationException("EModelService." + method.getName() + " is not in the test window");
                });
    }

    /** Every element container's children that are parts (for walking the stacks). */
    static List<MPart> partsOf(MElementContainer<?> container) {
        List<MPart> found = new ArrayList<>();
        for (Object child : container.getChildren()) {
            if (child instanceof MPart part) {
                found.add(part);
            } else if (child instanceof MElementContainer<?> inner) {
                found.addAll(partsOf(inner));
            }
        }
        return found;
    }
}
