/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources of {@code .perenne} files: UTF-8, references by the elements' own
 * {@code id} (readable in the file) or by path when an element has none. Registered for the
 * {@code perenne} extension in plugin.xml.
 */
public final class CanvasResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.setEncoding("UTF-8");
        return resource;
    }
}
