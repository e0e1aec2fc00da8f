/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.Loan;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Loan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.LoanImpl#getLender <em>Lender</em>}</li>
 *   <li>{@link org.perenne.model.impl.LoanImpl#getPrincipal <em>Principal</em>}</li>
 *   <li>{@link org.perenne.model.impl.LoanImpl#getAnnualRate <em>Annual Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.LoanImpl#getDurationMonths <em>Duration Months</em>}</li>
 *   <li>{@link org.perenne.model.impl.LoanImpl#getDeferralMonths <em>Deferral Months</em>}</li>
 *   <li>{@link org.perenne.model.impl.LoanImpl#getStartMonth <em>Start Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoanImpl extends ElementImpl implements Loan {
	/**
	 * The default value of the '{@link #getLender() <em>Lender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLender()
	 * @generated
	 * @ordered
	 */
	protected static final String LENDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLender() <em>Lender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLender()
	 * @generated
	 * @ordered
	 */
	protected String lender = LENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrincipal() <em>Principal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipal()
	 * @generated
	 * @ordered
	 */
	protected static final double PRINCIPAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPrincipal() <em>Principal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipal()
	 * @generated
	 * @ordered
	 */
	protected double principal = PRINCIPAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualRate() <em>Annual Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRate()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualRate() <em>Annual Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRate()
	 * @generated
	 * @ordered
	 */
	protected double annualRate = ANNUAL_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMonths() <em>Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMonths() <em>Duration Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMonths()
	 * @generated
	 * @ordered
	 */
	protected int durationMonths = DURATION_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeferralMonths() <em>Deferral Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeferralMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int DEFERRAL_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeferralMonths() <em>Deferral Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeferralMonths()
	 * @generated
	 * @ordered
	 */
	protected int deferralMonths = DEFERRAL_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int START_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected int startMonth = START_MONTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.LOAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLender() {
		return lender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLender(String newLender) {
		String oldLender = lender;
		lender = newLender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.LOAN__LENDER, oldLender, lender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrincipal() {
		return principal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipal(double newPrincipal) {
		double oldPrincipal = principal;
		principal = newPrincipal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.LOAN__PRINCIPAL, oldPrincipal, principal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualRate() {
		return annualRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualRate(double newAnnualRate) {
		double oldAnnualRate = annualRate;
		annualRate = newAnnualRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.LOAN__ANNUAL_RATE, oldAnnualRate, annualRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMonths() {
		return durationMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMonths(int newDurationMonths) {
		int oldDurationMonths = durationMonths;
		durationMonths = newDurationMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.LOAN__DURATION_MONTHS, oldDurationMonths, durationMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeferralMonths() {
		return deferralMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeferralMonths(int newDeferralMonths) {
		int oldDeferralMonths = deferralMonths;
		deferralMonths = newDeferralMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.LOAN__DEFERRAL_MONTHS, oldDeferralMonths, deferralMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartMonth() {
		return startMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMonth(int newStartMonth) {
		int oldStartMonth = startMonth;
		startMonth = newStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.LOAN__START_MONTH, oldStartMonth, startMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.LOAN__LENDER:
				return getLender();
			case PerennePackage.LOAN__PRINCIPAL:
				return getPrincipal();
			case PerennePackage.LOAN__ANNUAL_RATE:
				return getAnnualRate();
			case PerennePackage.LOAN__DURATION_MONTHS:
				return getDurationMonths();
			case PerennePackage.LOAN__DEFERRAL_MONTHS:
				return getDeferralMonths();
			case PerennePackage.LOAN__START_MONTH:
				return getStartMonth();
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
			case PerennePackage.LOAN__LENDER:
				setLender((String)newValue);
				return;
			case PerennePackage.LOAN__PRINCIPAL:
				setPrincipal((Double)newValue);
				return;
			case PerennePackage.LOAN__ANNUAL_RATE:
				setAnnualRate((Double)newValue);
				return;
			case PerennePackage.LOAN__DURATION_MONTHS:
				setDurationMonths((Integer)newValue);
				return;
			case PerennePackage.LOAN__DEFERRAL_MONTHS:
				setDeferralMonths((Integer)newValue);
				return;
			case PerennePackage.LOAN__START_MONTH:
				setStartMonth((Integer)newValue);
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
			case PerennePackage.LOAN__LENDER:
				setLender(LENDER_EDEFAULT);
				return;
			case PerennePackage.LOAN__PRINCIPAL:
				setPrincipal(PRINCIPAL_EDEFAULT);
				return;
			case PerennePackage.LOAN__ANNUAL_RATE:
				setAnnualRate(ANNUAL_RATE_EDEFAULT);
				return;
			case PerennePackage.LOAN__DURATION_MONTHS:
				setDurationMonths(DURATION_MONTHS_EDEFAULT);
				return;
			case PerennePackage.LOAN__DEFERRAL_MONTHS:
				setDeferralMonths(DEFERRAL_MONTHS_EDEFAULT);
				return;
			case PerennePackage.LOAN__START_MONTH:
				setStartMonth(START_MONTH_EDEFAULT);
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
			case PerennePackage.LOAN__LENDER:
				return LENDER_EDEFAULT == null ? lender != null : !LENDER_EDEFAULT.equals(lender);
			case PerennePackage.LOAN__PRINCIPAL:
				return principal != PRINCIPAL_EDEFAULT;
			case PerennePackage.LOAN__ANNUAL_RATE:
				return annualRate != ANNUAL_RATE_EDEFAULT;
			case PerennePackage.LOAN__DURATION_MONTHS:
				return durationMonths != DURATION_MONTHS_EDEFAULT;
			case PerennePackage.LOAN__DEFERRAL_MONTHS:
				return deferralMonths != DEFERRAL_MONTHS_EDEFAULT;
			case PerennePackage.LOAN__START_MONTH:
				return startMonth != START_MONTH_EDEFAULT;
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
		result.append(" (lender: ");
		result.append(lender);
		result.append(", principal: ");
		result.append(principal);
		result.append(", annualRate: ");
		result.append(annualRate);
		result.append(", durationMonths: ");
		result.append(durationMonths);
		result.append(", deferralMonths: ");
		result.append(deferralMonths);
		result.append(", startMonth: ");
		result.append(startMonth);
		result.append(')');
		return result.toString();
	}

} //LoanImpl
