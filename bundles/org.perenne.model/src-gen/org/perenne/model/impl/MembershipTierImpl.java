/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.MembershipTier;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership Tier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.MembershipTierImpl#getMonthlyFee <em>Monthly Fee</em>}</li>
 *   <li>{@link org.perenne.model.impl.MembershipTierImpl#getJoiningFee <em>Joining Fee</em>}</li>
 *   <li>{@link org.perenne.model.impl.MembershipTierImpl#getDeskUsage <em>Desk Usage</em>}</li>
 *   <li>{@link org.perenne.model.impl.MembershipTierImpl#getStartCount <em>Start Count</em>}</li>
 *   <li>{@link org.perenne.model.impl.MembershipTierImpl#getTargetCount <em>Target Count</em>}</li>
 *   <li>{@link org.perenne.model.impl.MembershipTierImpl#getRampUpMonths <em>Ramp Up Months</em>}</li>
 *   <li>{@link org.perenne.model.impl.MembershipTierImpl#getMonthlyChurn <em>Monthly Churn</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipTierImpl extends OfferImpl implements MembershipTier {
	/**
	 * The default value of the '{@link #getMonthlyFee() <em>Monthly Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyFee()
	 * @generated
	 * @ordered
	 */
	protected static final double MONTHLY_FEE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMonthlyFee() <em>Monthly Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyFee()
	 * @generated
	 * @ordered
	 */
	protected double monthlyFee = MONTHLY_FEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoiningFee() <em>Joining Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoiningFee()
	 * @generated
	 * @ordered
	 */
	protected static final double JOINING_FEE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getJoiningFee() <em>Joining Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoiningFee()
	 * @generated
	 * @ordered
	 */
	protected double joiningFee = JOINING_FEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeskUsage() <em>Desk Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeskUsage()
	 * @generated
	 * @ordered
	 */
	protected static final double DESK_USAGE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getDeskUsage() <em>Desk Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeskUsage()
	 * @generated
	 * @ordered
	 */
	protected double deskUsage = DESK_USAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartCount() <em>Start Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartCount()
	 * @generated
	 * @ordered
	 */
	protected static final double START_COUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStartCount() <em>Start Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartCount()
	 * @generated
	 * @ordered
	 */
	protected double startCount = START_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetCount() <em>Target Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCount()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_COUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTargetCount() <em>Target Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetCount()
	 * @generated
	 * @ordered
	 */
	protected double targetCount = TARGET_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRampUpMonths() <em>Ramp Up Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRampUpMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int RAMP_UP_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRampUpMonths() <em>Ramp Up Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRampUpMonths()
	 * @generated
	 * @ordered
	 */
	protected int rampUpMonths = RAMP_UP_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonthlyChurn() <em>Monthly Churn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyChurn()
	 * @generated
	 * @ordered
	 */
	protected static final double MONTHLY_CHURN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMonthlyChurn() <em>Monthly Churn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyChurn()
	 * @generated
	 * @ordered
	 */
	protected double monthlyChurn = MONTHLY_CHURN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipTierImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.MEMBERSHIP_TIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMonthlyFee() {
		return monthlyFee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyFee(double newMonthlyFee) {
		double oldMonthlyFee = monthlyFee;
		monthlyFee = newMonthlyFee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.MEMBERSHIP_TIER__MONTHLY_FEE, oldMonthlyFee, monthlyFee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getJoiningFee() {
		return joiningFee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoiningFee(double newJoiningFee) {
		double oldJoiningFee = joiningFee;
		joiningFee = newJoiningFee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.MEMBERSHIP_TIER__JOINING_FEE, oldJoiningFee, joiningFee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeskUsage() {
		return deskUsage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeskUsage(double newDeskUsage) {
		double oldDeskUsage = deskUsage;
		deskUsage = newDeskUsage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.MEMBERSHIP_TIER__DESK_USAGE, oldDeskUsage, deskUsage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStartCount() {
		return startCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartCount(double newStartCount) {
		double oldStartCount = startCount;
		startCount = newStartCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.MEMBERSHIP_TIER__START_COUNT, oldStartCount, startCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTargetCount() {
		return targetCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetCount(double newTargetCount) {
		double oldTargetCount = targetCount;
		targetCount = newTargetCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.MEMBERSHIP_TIER__TARGET_COUNT, oldTargetCount, targetCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRampUpMonths() {
		return rampUpMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRampUpMonths(int newRampUpMonths) {
		int oldRampUpMonths = rampUpMonths;
		rampUpMonths = newRampUpMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.MEMBERSHIP_TIER__RAMP_UP_MONTHS, oldRampUpMonths, rampUpMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMonthlyChurn() {
		return monthlyChurn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonthlyChurn(double newMonthlyChurn) {
		double oldMonthlyChurn = monthlyChurn;
		monthlyChurn = newMonthlyChurn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.MEMBERSHIP_TIER__MONTHLY_CHURN, oldMonthlyChurn, monthlyChurn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_FEE:
				return getMonthlyFee();
			case PerennePackage.MEMBERSHIP_TIER__JOINING_FEE:
				return getJoiningFee();
			case PerennePackage.MEMBERSHIP_TIER__DESK_USAGE:
				return getDeskUsage();
			case PerennePackage.MEMBERSHIP_TIER__START_COUNT:
				return getStartCount();
			case PerennePackage.MEMBERSHIP_TIER__TARGET_COUNT:
				return getTargetCount();
			case PerennePackage.MEMBERSHIP_TIER__RAMP_UP_MONTHS:
				return getRampUpMonths();
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_CHURN:
				return getMonthlyChurn();
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
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_FEE:
				setMonthlyFee((Double)newValue);
				return;
			case PerennePackage.MEMBERSHIP_TIER__JOINING_FEE:
				setJoiningFee((Double)newValue);
				return;
			case PerennePackage.MEMBERSHIP_TIER__DESK_USAGE:
				setDeskUsage((Double)newValue);
				return;
			case PerennePackage.MEMBERSHIP_TIER__START_COUNT:
				setStartCount((Double)newValue);
				return;
			case PerennePackage.MEMBERSHIP_TIER__TARGET_COUNT:
				setTargetCount((Double)newValue);
				return;
			case PerennePackage.MEMBERSHIP_TIER__RAMP_UP_MONTHS:
				setRampUpMonths((Integer)newValue);
				return;
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_CHURN:
				setMonthlyChurn((Double)newValue);
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
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_FEE:
				setMonthlyFee(MONTHLY_FEE_EDEFAULT);
				return;
			case PerennePackage.MEMBERSHIP_TIER__JOINING_FEE:
				setJoiningFee(JOINING_FEE_EDEFAULT);
				return;
			case PerennePackage.MEMBERSHIP_TIER__DESK_USAGE:
				setDeskUsage(DESK_USAGE_EDEFAULT);
				return;
			case PerennePackage.MEMBERSHIP_TIER__START_COUNT:
				setStartCount(START_COUNT_EDEFAULT);
				return;
			case PerennePackage.MEMBERSHIP_TIER__TARGET_COUNT:
				setTargetCount(TARGET_COUNT_EDEFAULT);
				return;
			case PerennePackage.MEMBERSHIP_TIER__RAMP_UP_MONTHS:
				setRampUpMonths(RAMP_UP_MONTHS_EDEFAULT);
				return;
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_CHURN:
				setMonthlyChurn(MONTHLY_CHURN_EDEFAULT);
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
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_FEE:
				return monthlyFee != MONTHLY_FEE_EDEFAULT;
			case PerennePackage.MEMBERSHIP_TIER__JOINING_FEE:
				return joiningFee != JOINING_FEE_EDEFAULT;
			case PerennePackage.MEMBERSHIP_TIER__DESK_USAGE:
				return deskUsage != DESK_USAGE_EDEFAULT;
			case PerennePackage.MEMBERSHIP_TIER__START_COUNT:
				return startCount != START_COUNT_EDEFAULT;
			case PerennePackage.MEMBERSHIP_TIER__TARGET_COUNT:
				return targetCount != TARGET_COUNT_EDEFAULT;
			case PerennePackage.MEMBERSHIP_TIER__RAMP_UP_MONTHS:
				return rampUpMonths != RAMP_UP_MONTHS_EDEFAULT;
			case PerennePackage.MEMBERSHIP_TIER__MONTHLY_CHURN:
				return monthlyChurn != MONTHLY_CHURN_EDEFAULT;
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
		result.append(" (monthlyFee: ");
		result.append(monthlyFee);
		result.append(", joiningFee: ");
		result.append(joiningFee);
		result.append(", deskUsage: ");
		result.append(deskUsage);
		result.append(", startCount: ");
		result.append(startCount);
		result.append(", targetCount: ");
		result.append(targetCount);
		result.append(", rampUpMonths: ");
		result.append(rampUpMonths);
		result.append(", monthlyChurn: ");
		result.append(monthlyChurn);
		result.append(')');
		return result.toString();
	}

} //MembershipTierImpl
