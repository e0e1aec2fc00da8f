/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.perenne.model.Element;

/**
 * Shows canvas items in JFace viewers through the EMF.Edit item providers (their children, French
 * or English labels and icons). Emf.edit.ui, which usually does this, is not published on Maven
 * Central, so this small bridge takes its place.
 */
final class ItemProviderLabels extends LabelProvider {

    private final AdapterFactory adapters;
    private final Map<URL, Image> images = new HashMap<>();

    ItemProviderLabels(AdapterFactory adapters) {
        this.adapters = adapters;
    }

    /** A named item shows its name (its block and icon already say what it is). */
    @Override
    public String getText(Object element) {
        if (element instanceof Element item && item.getName() != null && !item.getName().isBlank()) {
            return item.getName();
        }
        IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
        return labels != null ? labels.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(element, IItemLabelProvider.class);
        Object image = labels != null ? labels.getImage(element) : null;
        if (image instanceof URL url) {
            return images.computeIfAbsent(url, u -> ImageDescriptor.createFromURL(u).createImage(false));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.values().stream().filter(image -> image != null).forEach(Image::dispose);
        images.clear();
        super.dispose();
    }

    /** The children of each item, as the item providers define them. */
    static final class Tree implements ITreeContentProvider {
        private final AdapterFactory adapters;

        Tree(AdapterFactory adapters) {
            this.adapters = adapters;
        }

        private ITreeItemContentProvider provider(Object element) {
            return (ITreeItemContentProvider) adapters.adapt(element, ITreeItemContentProvider.class);
        }

        @Override
        public Object[] getElements(Object input) {
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            ITreeItemContentProvider provider = provider(parent);
            return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
        }

        @Override
        public Object getParent(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider == null ? null : provider.getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            ITreeItemContentProvider provider = provider(element);
            return provider != null && provider.hasChildren(element);
        }
    }
}
