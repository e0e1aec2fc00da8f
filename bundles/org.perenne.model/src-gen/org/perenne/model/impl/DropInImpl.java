/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.DropIn;
import org.perenne.model.PerennePackage;
import org.perenne.model.VisitUnit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Drop In</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.DropInImpl#getPricePerVisit <em>Price Per Visit</em>}</li>
 *   <li>{@link org.perenne.model.impl.DropInImpl#getVisitsPerMonth <em>Visits Per Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.DropInImpl#getVisitUnit <em>Visit Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DropInImpl extends VolumeOfferImpl implements DropIn {
	/**
	 * The default value of the '{@link #getPricePerVisit() <em>Price Per Visit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricePerVisit()
	 * @generated
	 * @ordered
	 */
	protected static final double PRICE_PER_VISIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPricePerVisit() <em>Price Per Visit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPricePerVisit()
	 * @generated
	 * @ordered
	 */
	protected double pricePerVisit = PRICE_PER_VISIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisitsPerMonth() <em>Visits Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitsPerMonth()
	 * @generated
	 * @ordered
	 */
	protected static final double VISITS_PER_MONTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVisitsPerMonth() <em>Visits Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitsPerMonth()
	 * @generated
	 * @ordered
	 */
	protected double visitsPerMonth = VISITS_PER_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisitUnit() <em>Visit Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitUnit()
	 * @generated
	 * @ordered
	 */
	protected static final VisitUnit VISIT_UNIT_EDEFAULT = VisitUnit.DAY;

	/**
	 * The cached value of the '{@link #getVisitUnit() <em>Visit Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitUnit()
	 * @generated
	 * @ordered
	 */
	protected VisitUnit visitUnit = VISIT_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DropInImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.DROP_IN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPricePerVisit() {
		return pricePerVisit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPricePerVisit(double newPricePerVisit) {
		double oldPricePerVisit = pricePerVisit;
		pricePerVisit = newPricePerVisit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DROP_IN__PRICE_PER_VISIT, oldPricePerVisit, pricePerVisit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVisitsPerMonth() {
		return visitsPerMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitsPerMonth(double newVisitsPerMonth) {
		double oldVisitsPerMonth = visitsPerMonth;
		visitsPerMonth = newVisitsPerMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DROP_IN__VISITS_PER_MONTH, oldVisitsPerMonth, visitsPerMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VisitUnit getVisitUnit() {
		return visitUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitUnit(VisitUnit newVisitUnit) {
		VisitUnit oldVisitUnit = visitUnit;
		visitUnit = newVisitUnit == null ? VISIT_UNIT_EDEFAULT : newVisitUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DROP_IN__VISIT_UNIT, oldVisitUnit, visitUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.DROP_IN__PRICE_PER_VISIT:
				return getPricePerVisit();
			case PerennePackage.DROP_IN__VISITS_PER_MONTH:
				return getVisitsPerMonth();
			case PerennePackage.DROP_IN__VISIT_UNIT:
				return getVisitUnit();
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
			case PerennePackage.DROP_IN__PRICE_PER_VISIT:
				setPricePerVisit((Double)newValue);
				return;
			case PerennePackage.DROP_IN__VISITS_PER_MONTH:
				setVisitsPerMonth((Double)newValue);
				return;
			case PerennePackage.DROP_IN__VISIT_UNIT:
				setVisitUnit((VisitUnit)newValue);
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
			case PerennePackage.DROP_IN__PRICE_PER_VISIT:
				setPricePerVisit(PRICE_PER_VISIT_EDEFAULT);
				return;
			case PerennePackage.DROP_IN__VISITS_PER_MONTH:
				setVisitsPerMonth(VISITS_PER_MONTH_EDEFAULT);
				return;
			case PerennePackage.DROP_IN__VISIT_UNIT:
				setVisitUnit(VISIT_UNIT_EDEFAULT);
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
			case PerennePackage.DROP_IN__PRICE_PER_VISIT:
				return pricePerVisit != PRICE_PER_VISIT_EDEFAULT;
			case PerennePackage.DROP_IN__VISITS_PER_MONTH:
				return visitsPerMonth != VISITS_PER_MONTH_EDEFAULT;
			case PerennePackage.DROP_IN__VISIT_UNIT:
				return visitUnit != VISIT_UNIT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (pricePerVisit: ");
		result.append(pricePerVisit);
		result.append(", visitsPerMonth: ");
		result.append(visitsPerMonth);
		result.append(", visitUnit: ");
		result.append(visitUnit);
		result.append(')');
		return result.toString();
	}

} //DropInImpl
