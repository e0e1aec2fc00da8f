/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.PerennePackage;
import org.perenne.model.SeasonalityProfile;
import org.perenne.model.VolumeOffer;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Volume Offer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.VolumeOfferImpl#getSeasonality <em>Seasonality</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class VolumeOfferImpl extends OfferImpl implements VolumeOffer {
	/**
	 * The cached value of the '{@link #getSeasonality() <em>Seasonality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeasonality()
	 * @generated
	 * @ordered
	 */
	protected SeasonalityProfile seasonality;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VolumeOfferImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.VOLUME_OFFER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeasonalityProfile getSeasonality() {
		if (seasonality != null && seasonality.eIsProxy()) {
			InternalEObject oldSeasonality = (InternalEObject)seasonality;
			seasonality = (SeasonalityProfile)eResolveProxy(oldSeasonality);
			if (seasonality != oldSeasonality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.VOLUME_OFFER__SEASONALITY, oldSeasonality, seasonality));
			}
		}
		return seasonality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SeasonalityProfile basicGetSeasonality() {
		return seasonality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeasonality(SeasonalityProfile newSeasonality) {
		SeasonalityProfile oldSeasonality = seasonality;
		seasonality = newSeasonality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.VOLUME_OFFER__SEASONALITY, oldSeasonality, seasonality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.VOLUME_OFFER__SEASONALITY:
				if (resolve) return getSeasonality();
				return basicGetSeasonality();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.VOLUME_OFFER__SEASONALITY:
				setSeasonality((SeasonalityProfile)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.VOLUME_OFFER__SEASONALITY:
				setSeasonality((SeasonalityProfile)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.VOLUME_OFFER__SEASONALITY:
				return seasonality != null;
		}
		return super.eIsSet(featureID);
	}

} //VolumeOfferImpl
