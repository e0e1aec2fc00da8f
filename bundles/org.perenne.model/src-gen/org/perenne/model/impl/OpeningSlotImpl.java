/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.time.LocalTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.perenne.model.DayOfWeek;
import org.perenne.model.OpeningSlot;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opening Slot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.OpeningSlotImpl#getDay <em>Day</em>}</li>
 *   <li>{@link org.perenne.model.impl.OpeningSlotImpl#getOpensAt <em>Opens At</em>}</li>
 *   <li>{@link org.perenne.model.impl.OpeningSlotImpl#getClosesAt <em>Closes At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpeningSlotImpl extends EObjectImpl implements OpeningSlot {
	/**
	 * The default value of the '{@link #getDay() <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDay()
	 * @generated
	 * @ordered
	 */
	protected static final DayOfWeek DAY_EDEFAULT = DayOfWeek.MONDAY;

	/**
	 * The cached value of the '{@link #getDay() <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDay()
	 * @generated
	 * @ordered
	 */
	protected DayOfWeek day = DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpensAt() <em>Opens At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpensAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime OPENS_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpensAt() <em>Opens At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpensAt()
	 * @generated
	 * @ordered
	 */
	protected LocalTime opensAt = OPENS_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosesAt() <em>Closes At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosesAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime CLOSES_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosesAt() <em>Closes At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosesAt()
	 * @generated
	 * @ordered
	 */
	protected LocalTime closesAt = CLOSES_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpeningSlotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.OPENING_SLOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DayOfWeek getDay() {
		return day;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDay(DayOfWeek newDay) {
		DayOfWeek oldDay = day;
		day = newDay == null ? DAY_EDEFAULT : newDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OPENING_SLOT__DAY, oldDay, day));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getOpensAt() {
		return opensAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpensAt(LocalTime newOpensAt) {
		LocalTime oldOpensAt = opensAt;
		opensAt = newOpensAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OPENING_SLOT__OPENS_AT, oldOpensAt, opensAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getClosesAt() {
		return closesAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosesAt(LocalTime newClosesAt) {
		LocalTime oldClosesAt = closesAt;
		closesAt = newClosesAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.OPENING_SLOT__CLOSES_AT, oldClosesAt, closesAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.OPENING_SLOT__DAY:
				return getDay();
			case PerennePackage.OPENING_SLOT__OPENS_AT:
				return getOpensAt();
			case PerennePackage.OPENING_SLOT__CLOSES_AT:
				return getClosesAt();
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
			case PerennePackage.OPENING_SLOT__DAY:
				setDay((DayOfWeek)newValue);
				return;
			case PerennePackage.OPENING_SLOT__OPENS_AT:
				setOpensAt((LocalTime)newValue);
				return;
			case PerennePackage.OPENING_SLOT__CLOSES_AT:
				setClosesAt((LocalTime)newValue);
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
			case PerennePackage.OPENING_SLOT__DAY:
				setDay(DAY_EDEFAULT);
				return;
			case PerennePackage.OPENING_SLOT__OPENS_AT:
				setOpensAt(OPENS_AT_EDEFAULT);
				return;
			case PerennePackage.OPENING_SLOT__CLOSES_AT:
				setClosesAt(CLOSES_AT_EDEFAULT);
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
			case PerennePackage.OPENING_SLOT__DAY:
				return day != DAY_EDEFAULT;
			case PerennePackage.OPENING_SLOT__OPENS_AT:
				return OPENS_AT_EDEFAULT == null ? opensAt != null : !OPENS_AT_EDEFAULT.equals(opensAt);
			case PerennePackage.OPENING_SLOT__CLOSES_AT:
				return CLOSES_AT_EDEFAULT == null ? closesAt != null : !CLOSES_AT_EDEFAULT.equals(closesAt);
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
		result.append(" (day: ");
		result.append(day);
		result.append(", opensAt: ");
		result.append(opensAt);
		result.append(", closesAt: ");
		result.append(closesAt);
		result.append(')');
		return result.toString();
	}

} //OpeningSlotImpl
