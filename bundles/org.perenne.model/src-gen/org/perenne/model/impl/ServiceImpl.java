/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.PerennePackage;
import org.perenne.model.Room;
import org.perenne.model.Service;
import org.perenne.model.ServiceKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getUnitsPerMonth <em>Units Per Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getUnitLabel <em>Unit Label</em>}</li>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getVariableCostPerUnit <em>Variable Cost Per Unit</em>}</li>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getRoom <em>Room</em>}</li>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getBeneficiariesPerUnit <em>Beneficiaries Per Unit</em>}</li>
 *   <li>{@link org.perenne.model.impl.ServiceImpl#getPublicHoursPerUnit <em>Public Hours Per Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceImpl extends VolumeOfferImpl implements Service {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceKind KIND_EDEFAULT = ServiceKind.TRAINING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ServiceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitsPerMonth() <em>Units Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitsPerMonth()
	 * @generated
	 * @ordered
	 */
	protected static final double UNITS_PER_MONTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUnitsPerMonth() <em>Units Per Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitsPerMonth()
	 * @generated
	 * @ordered
	 */
	protected double unitsPerMonth = UNITS_PER_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitLabel() <em>Unit Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitLabel() <em>Unit Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitLabel()
	 * @generated
	 * @ordered
	 */
	protected String unitLabel = UNIT_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitPrice() <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected static final double UNIT_PRICE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUnitPrice() <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected double unitPrice = UNIT_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVariableCostPerUnit() <em>Variable Cost Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableCostPerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final double VARIABLE_COST_PER_UNIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVariableCostPerUnit() <em>Variable Cost Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableCostPerUnit()
	 * @generated
	 * @ordered
	 */
	protected double variableCostPerUnit = VARIABLE_COST_PER_UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoom() <em>Room</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoom()
	 * @generated
	 * @ordered
	 */
	protected Room room;

	/**
	 * The default value of the '{@link #getBeneficiariesPerUnit() <em>Beneficiaries Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiariesPerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final double BENEFICIARIES_PER_UNIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBeneficiariesPerUnit() <em>Beneficiaries Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeneficiariesPerUnit()
	 * @generated
	 * @ordered
	 */
	protected double beneficiariesPerUnit = BENEFICIARIES_PER_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicHoursPerUnit() <em>Public Hours Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicHoursPerUnit()
	 * @generated
	 * @ordered
	 */
	protected static final double PUBLIC_HOURS_PER_UNIT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPublicHoursPerUnit() <em>Public Hours Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicHoursPerUnit()
	 * @generated
	 * @ordered
	 */
	protected double publicHoursPerUnit = PUBLIC_HOURS_PER_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ServiceKind newKind) {
		ServiceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUnitsPerMonth() {
		return unitsPerMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitsPerMonth(double newUnitsPerMonth) {
		double oldUnitsPerMonth = unitsPerMonth;
		unitsPerMonth = newUnitsPerMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__UNITS_PER_MONTH, oldUnitsPerMonth, unitsPerMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitLabel() {
		return unitLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitLabel(String newUnitLabel) {
		String oldUnitLabel = unitLabel;
		unitLabel = newUnitLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__UNIT_LABEL, oldUnitLabel, unitLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUnitPrice() {
		return unitPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitPrice(double newUnitPrice) {
		double oldUnitPrice = unitPrice;
		unitPrice = newUnitPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__UNIT_PRICE, oldUnitPrice, unitPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVariableCostPerUnit() {
		return variableCostPerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariableCostPerUnit(double newVariableCostPerUnit) {
		double oldVariableCostPerUnit = variableCostPerUnit;
		variableCostPerUnit = newVariableCostPerUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__VARIABLE_COST_PER_UNIT, oldVariableCostPerUnit, variableCostPerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Room getRoom() {
		if (room != null && room.eIsProxy()) {
			InternalEObject oldRoom = (InternalEObject)room;
			room = (Room)eResolveProxy(oldRoom);
			if (room != oldRoom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.SERVICE__ROOM, oldRoom, room));
			}
		}
		return room;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Room basicGetRoom() {
		return room;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoom(Room newRoom) {
		Room oldRoom = room;
		room = newRoom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__ROOM, oldRoom, room));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeneficiariesPerUnit() {
		return beneficiariesPerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeneficiariesPerUnit(double newBeneficiariesPerUnit) {
		double oldBeneficiariesPerUnit = beneficiariesPerUnit;
		beneficiariesPerUnit = newBeneficiariesPerUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__BENEFICIARIES_PER_UNIT, oldBeneficiariesPerUnit, beneficiariesPerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPublicHoursPerUnit() {
		return publicHoursPerUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicHoursPerUnit(double newPublicHoursPerUnit) {
		double oldPublicHoursPerUnit = publicHoursPerUnit;
		publicHoursPerUnit = newPublicHoursPerUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.SERVICE__PUBLIC_HOURS_PER_UNIT, oldPublicHoursPerUnit, publicHoursPerUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.SERVICE__KIND:
				return getKind();
			case PerennePackage.SERVICE__UNITS_PER_MONTH:
				return getUnitsPerMonth();
			case PerennePackage.SERVICE__UNIT_LABEL:
				return getUnitLabel();
			case PerennePackage.SERVICE__UNIT_PRICE:
				return getUnitPrice();
			case PerennePackage.SERVICE__VARIABLE_COST_PER_UNIT:
				return getVariableCostPerUnit();
			case PerennePackage.SERVICE__ROOM:
				if (resolve) return getRoom();
				return basicGetRoom();
			case PerennePackage.SERVICE__BENEFICIARIES_PER_UNIT:
				return getBeneficiariesPerUnit();
			case PerennePackage.SERVICE__PUBLIC_HOURS_PER_UNIT:
				return getPublicHoursPerUnit();
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
			case PerennePackage.SERVICE__KIND:
				setKind((ServiceKind)newValue);
				return;
			case PerennePackage.SERVICE__UNITS_PER_MONTH:
				setUnitsPerMonth((Double)newValue);
				return;
			case PerennePackage.SERVICE__UNIT_LABEL:
				setUnitLabel((String)newValue);
				return;
			case PerennePackage.SERVICE__UNIT_PRICE:
				setUnitPrice((Double)newValue);
				return;
			case PerennePackage.SERVICE__VARIABLE_COST_PER_UNIT:
				setVariableCostPerUnit((Double)newValue);
				return;
			case PerennePackage.SERVICE__ROOM:
				setRoom((Room)newValue);
				return;
			case PerennePackage.SERVICE__BENEFICIARIES_PER_UNIT:
				setBeneficiariesPerUnit((Double)newValue);
				return;
			case PerennePackage.SERVICE__PUBLIC_HOURS_PER_UNIT:
				setPublicHoursPerUnit((Double)newValue);
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
			case PerennePackage.SERVICE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PerennePackage.SERVICE__UNITS_PER_MONTH:
				setUnitsPerMonth(UNITS_PER_MONTH_EDEFAULT);
				return;
			case PerennePackage.SERVICE__UNIT_LABEL:
				setUnitLabel(UNIT_LABEL_EDEFAULT);
				return;
			case PerennePackage.SERVICE__UNIT_PRICE:
				setUnitPrice(UNIT_PRICE_EDEFAULT);
				return;
			case PerennePackage.SERVICE__VARIABLE_COST_PER_UNIT:
				setVariableCostPerUnit(VARIABLE_COST_PER_UNIT_EDEFAULT);
				return;
			case PerennePackage.SERVICE__ROOM:
				setRoom((Room)null);
				return;
			case PerennePackage.SERVICE__BENEFICIARIES_PER_UNIT:
				setBeneficiariesPerUnit(BENEFICIARIES_PER_UNIT_EDEFAULT);
				return;
			case PerennePackage.SERVICE__PUBLIC_HOURS_PER_UNIT:
				setPublicHoursPerUnit(PUBLIC_HOURS_PER_UNIT_EDEFAULT);
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
			case PerennePackage.SERVICE__KIND:
				return kind != KIND_EDEFAULT;
			case PerennePackage.SERVICE__UNITS_PER_MONTH:
				return unitsPerMonth != UNITS_PER_MONTH_EDEFAULT;
			case PerennePackage.SERVICE__UNIT_LABEL:
				return UNIT_LABEL_EDEFAULT == null ? unitLabel != null : !UNIT_LABEL_EDEFAULT.equals(unitLabel);
			case PerennePackage.SERVICE__UNIT_PRICE:
				return unitPrice != UNIT_PRICE_EDEFAULT;
			case PerennePackage.SERVICE__VARIABLE_COST_PER_UNIT:
				return variableCostPerUnit != VARIABLE_COST_PER_UNIT_EDEFAULT;
			case PerennePackage.SERVICE__ROOM:
				return room != null;
			case PerennePackage.SERVICE__BENEFICIARIES_PER_UNIT:
				return beneficiariesPerUnit != BENEFICIARIES_PER_UNIT_EDEFAULT;
			case PerennePackage.SERVICE__PUBLIC_HOURS_PER_UNIT:
				return publicHoursPerUnit != PUBLIC_HOURS_PER_UNIT_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", unitsPerMonth: ");
		result.append(unitsPerMonth);
		result.append(", unitLabel: ");
		result.append(unitLabel);
		result.append(", unitPrice: ");
		result.append(unitPrice);
		result.append(", variableCostPerUnit: ");
		result.append(variableCostPerUnit);
		result.append(", beneficiariesPerUnit: ");
		result.append(beneficiariesPerUnit);
		result.append(", publicHoursPerUnit: ");
		result.append(publicHoursPerUnit);
		result.append(')');
		return result.toString();
	}

} //ServiceImpl
