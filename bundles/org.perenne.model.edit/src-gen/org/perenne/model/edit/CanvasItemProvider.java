/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.perenne.model.Canvas;
import org.perenne.model.PerenneFactory;
import org.perenne.model.PerennePackage;

/**
 * This is the item provider adapter for a {@link org.perenne.model.Canvas} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CanvasItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CanvasItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFormatVersionPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addTerritoryPropertyDescriptor(object);
			addSirenPropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addLegalFormPropertyDescriptor(object);
			addStartMonthPropertyDescriptor(object);
			addHorizonYearsPropertyDescriptor(object);
			addInflationRatePropertyDescriptor(object);
			addOpeningCashPropertyDescriptor(object);
			addCommercialTaxThresholdPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_formatVersion_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_name_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_description_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Territory feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTerritoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_territory_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_territory_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__TERRITORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Siren feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSirenPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_siren_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_siren_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__SIREN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_currency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_currency_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Legal Form feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLegalFormPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_legalForm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_legalForm_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__LEGAL_FORM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Month feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartMonthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_startMonth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_startMonth_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__START_MONTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Horizon Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHorizonYearsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_horizonYears_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_horizonYears_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__HORIZON_YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inflation Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInflationRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_inflationRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_inflationRate_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__INFLATION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Opening Cash feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpeningCashPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_openingCash_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_openingCash_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__OPENING_CASH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Commercial Tax Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommercialTaxThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Canvas_commercialTaxThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Canvas_commercialTaxThreshold_feature", "_UI_Canvas_type"),
				 PerennePackage.Literals.CANVAS__COMMERCIAL_TAX_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__COMMUNITY);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__OFFERS);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__SPACES);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__TEAM);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__PARTNERS);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__INCOME);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__FUNDING);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__COSTS);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__IMPACT);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__SEASONALITY_PROFILES);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__UNCERTAINTIES);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__DRIVERS);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__SCENARIOS);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__ACTIVITIES);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__SPACE_PLAN_SETTINGS);
			childrenFeatures.add(PerennePackage.Literals.CANVAS__ACTUALS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Canvas.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Canvas"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Canvas)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Canvas_type") :
			getString("_UI_Canvas_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Canvas.class)) {
			case PerennePackage.CANVAS__FORMAT_VERSION:
			case PerennePackage.CANVAS__NAME:
			case PerennePackage.CANVAS__DESCRIPTION:
			case PerennePackage.CANVAS__TERRITORY:
			case PerennePackage.CANVAS__SIREN:
			case PerennePackage.CANVAS__CURRENCY:
			case PerennePackage.CANVAS__LEGAL_FORM:
			case PerennePackage.CANVAS__START_MONTH:
			case PerennePackage.CANVAS__HORIZON_YEARS:
			case PerennePackage.CANVAS__INFLATION_RATE:
			case PerennePackage.CANVAS__OPENING_CASH:
			case PerennePackage.CANVAS__COMMERCIAL_TAX_THRESHOLD:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PerennePackage.CANVAS__COMMUNITY:
			case PerennePackage.CANVAS__OFFERS:
			case PerennePackage.CANVAS__SPACES:
			case PerennePackage.CANVAS__TEAM:
			case PerennePackage.CANVAS__PARTNERS:
			case PerennePackage.CANVAS__INCOME:
			case PerennePackage.CANVAS__FUNDING:
			case PerennePackage.CANVAS__COSTS:
			case PerennePackage.CANVAS__IMPACT:
			case PerennePackage.CANVAS__SEASONALITY_PROFILES:
			case PerennePackage.CANVAS__UNCERTAINTIES:
			case PerennePackage.CANVAS__DRIVERS:
			case PerennePackage.CANVAS__SCENARIOS:
			case PerennePackage.CANVAS__ACTIVITIES:
			case PerennePackage.CANVAS__SPACE_PLAN_SETTINGS:
			case PerennePackage.CANVAS__ACTUALS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__COMMUNITY,
				 PerenneFactory.eINSTANCE.createCommunityBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__OFFERS,
				 PerenneFactory.eINSTANCE.createOffersBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__SPACES,
				 PerenneFactory.eINSTANCE.createSpacesBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__TEAM,
				 PerenneFactory.eINSTANCE.createTeamBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__PARTNERS,
				 PerenneFactory.eINSTANCE.createPartnersBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__INCOME,
				 PerenneFactory.eINSTANCE.createIncomeBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__FUNDING,
				 PerenneFactory.eINSTANCE.createFundingBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__COSTS,
				 PerenneFactory.eINSTANCE.createCostsBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__IMPACT,
				 PerenneFactory.eINSTANCE.createImpactBlock()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__SEASONALITY_PROFILES,
				 PerenneFactory.eINSTANCE.createSeasonalityProfile()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__UNCERTAINTIES,
				 PerenneFactory.eINSTANCE.createUncertainty()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__DRIVERS,
				 PerenneFactory.eINSTANCE.createDriver()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__SCENARIOS,
				 PerenneFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__ACTIVITIES,
				 PerenneFactory.eINSTANCE.createActivity()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__SPACE_PLAN_SETTINGS,
				 PerenneFactory.eINSTANCE.createSpacePlanSettings()));

		newChildDescriptors.add
			(createChildParameter
				(PerennePackage.Literals.CANVAS__ACTUALS,
				 PerenneFactory.eINSTANCE.createActualAccounts()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PerenneEditPlugin.INSTANCE;
	}

}
