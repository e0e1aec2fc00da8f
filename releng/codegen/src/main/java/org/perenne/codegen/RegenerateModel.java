/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.codegen;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless equivalent of the IDE's "Reload" + "Generate Model Code" + "Generate Edit Code" on
 * {@code org.perenne.model/model/perenne.genmodel}. Creates the genmodel from the .ecore the first
 * time, reconciles it afterwards, so the .ecore stays the single source of truth.
 */
public final class RegenerateModel {

    private static final String MODEL = "org.perenne.model";
    private static final String EDIT = "org.perenne.model.edit";

    private RegenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("line.separator", "\n");
        File bundles = new File(args.length > 0 ? args[0] : "bundles").getCanonicalFile();
        Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
        platform.put(MODEL, URI.createFileURI(new File(bundles, MODEL).getPath() + "/"));
        platform.put(EDIT, URI.createFileURI(new File(bundles, EDIT).getPath() + "/"));

        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI ecoreUri = URI.createPlatformResourceURI(MODEL + "/model/perenne.ecore", true);
        URI genModelUri = URI.createPlatformResourceURI(MODEL + "/model/perenne.genmodel", true);
        EPackage ePackage = (EPackage) resources.getResource(ecoreUri, true).getContents().get(0);

        GenModel genModel;
        if (resources.getURIConverter().exists(genModelUri, null)) {
            genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
            genModel.reconcile();
        } else {
            Resource genResource = resources.createResource(genModelUri);
            genModel = GenModelFactory.eINSTANCE.createGenModel();
            genResource.getContents().add(genModel);
            genModel.initialize(List.of(ePackage));
        }
        configure(genModel);

        Map<Object, Object> saveOptions = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
                XMLResource.OPTION_LINE_DELIMITER, "\n");
        genModel.eResource().save(saveOptions);

        Diagnostic validation = genModel.diagnose();
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel invalid: " + validation);
        }

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        genModel.setCanGenerate(true);
        generator.setInput(genModel);
        report(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        report(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
        System.out.println("Regenerated " + MODEL + " and " + EDIT + " from " + ecoreUri);
    }

    private static void configure(GenModel genModel) {
        genModel.setModelName("Perenne");
        genModel.setModelPluginID(MODEL);
        genModel.setModelDirectory("/" + MODEL + "/src-gen");
        genModel.setEditPluginID(EDIT);
        genModel.setEditDirectory("/" + EDIT + "/src-gen");
        genModel.setEditPluginClass(EDIT + ".PerenneEditPlugin");
        genModel.setEditorPluginID(EDIT + "or");
        genModel.setComplianceLevel(GenJDKLevel.JDK110_LITERAL);
        genModel.setCopyrightText("SPDX-License-Identifier: EPL-2.0");
        genModel.setCopyrightFields(false);
        genModel.setCodeFormatting(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().clear();
        genModel.getForeignModel().add("perenne.ecore");
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Perenne");
        genPackage.setBasePackage("org.perenne");
        genPackage.setProviderPackageSuffix("edit");
        genPackage.setFileExtensions("perenne");
        genPackage.setMultipleEditorPages(false);
    }

    private static void report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + diagnostic);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() != Diagnostic.OK) {
                System.out.println(child.getMessage());
            }
        }
    }
}
