/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.perenne.model.DropIn;
import org.perenne.model.MembershipTier;
import org.perenne.model.OffersBlock;
import org.perenne.model.PerennePackage;
import org.perenne.model.RoomRental;
import org.perenne.model.Service;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offers Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.OffersBlockImpl#getMembershipTiers <em>Membership Tiers</em>}</li>
 *   <li>{@link org.perenne.model.impl.OffersBlockImpl#getDropIns <em>Drop Ins</em>}</li>
 *   <li>{@link org.perenne.model.impl.OffersBlockImpl#getRentals <em>Rentals</em>}</li>
 *   <li>{@link org.perenne.model.impl.OffersBlockImpl#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OffersBlockImpl extends CanvasBlockImpl implements OffersBlock {
	/**
	 * The cached value of the '{@link #getMembershipTiers() <em>Membership Tiers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembershipTiers()
	 * @generated
	 * @ordered
	 */
	protected EList<MembershipTier> membershipTiers;

	/**
	 * The cached value of the '{@link #getDropIns() <em>Drop Ins</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropIns()
	 * @generated
	 * @ordered
	 */
	protected EList<DropIn> dropIns;

	/**
	 * The cached value of the '{@link #getRentals() <em>Rentals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRentals()
	 * @generated
	 * @ordered
	 */
	protected EList<RoomRental> rentals;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OffersBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.OFFERS_BLOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MembershipTier> getMembershipTiers() {
		if (membershipTiers == null) {
			membershipTiers = new EObjectContainmentEList<MembershipTier>(MembershipTier.class, this, PerennePackage.OFFERS_BLOCK__MEMBERSHIP_TIERS);
		}
		return membershipTiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DropIn> getDropIns() {
		if (dropIns == null) {
			dropIns = new EObjectContainmentEList<DropIn>(DropIn.class, this, PerennePackage.OFFERS_BLOCK__DROP_INS);
		}
		return dropIns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoomRental> getRentals() {
		if (rentals == null) {
			rentals = new EObjectContainmentEList<RoomRental>(RoomRental.class, this, PerennePackage.OFFERS_BLOCK__RENTALS);
		}
		return rentals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, PerennePackage.OFFERS_BLOCK__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.OFFERS_BLOCK__MEMBERSHIP_TIERS:
				return ((InternalEList<?>)getMembershipTiers()).basicRemove(otherEnd, msgs);
			case PerennePackage.OFFERS_BLOCK__DROP_INS:
				return ((InternalEList<?>)getDropIns()).basicRemove(otherEnd, msgs);
			case PerennePackage.OFFERS_BLOCK__RENTALS:
				return ((InternalEList<?>)getRentals()).basicRemove(otherEnd, msgs);
			case PerennePackage.OFFERS_BLOCK__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.OFFERS_BLOCK__MEMBERSHIP_TIERS:
				return getMembershipTiers();
			case PerennePackage.OFFERS_BLOCK__DROP_INS:
				return getDropIns();
			case PerennePackage.OFFERS_BLOCK__RENTALS:
				return getRentals();
			case PerennePackage.OFFERS_BLOCK__SERVICES:
				return getServices();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.OFFERS_BLOCK__MEMBERSHIP_TIERS:
				getMembershipTiers().clear();
				getMembershipTiers().addAll((Collection<? extends MembershipTier>)newValue);
				return;
			case PerennePackage.OFFERS_BLOCK__DROP_INS:
				getDropIns().clear();
				getDropIns().addAll((Collection<? extends DropIn>)newValue);
				return;
			case PerennePackage.OFFERS_BLOCK__RENTALS:
				getRentals().clear();
				getRentals().addAll((Collection<? extends RoomRental>)newValue);
				return;
			case PerennePackage.OFFERS_BLOCK__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
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
			case PerennePackage.OFFERS_BLOCK__MEMBERSHIP_TIERS:
				getMembershipTiers().clear();
				return;
			case PerennePackage.OFFERS_BLOCK__DROP_INS:
				getDropIns().clear();
				return;
			case PerennePackage.OFFERS_BLOCK__RENTALS:
				getRentals().clear();
				return;
			case PerennePackage.OFFERS_BLOCK__SERVICES:
				getServices().clear();
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
			case PerennePackage.OFFERS_BLOCK__MEMBERSHIP_TIERS:
				return membershipTiers != null && !membershipTiers.isEmpty();
			case PerennePackage.OFFERS_BLOCK__DROP_INS:
				return dropIns != null && !dropIns.isEmpty();
			case PerennePackage.OFFERS_BLOCK__RENTALS:
				return rentals != null && !rentals.isEmpty();
			case PerennePackage.OFFERS_BLOCK__SERVICES:
				return services != null && !services.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //OffersBlockImpl
