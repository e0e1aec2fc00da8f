/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.perenne.model.CostLine;
import org.perenne.model.Funder;
import org.perenne.model.GrantKind;
import org.perenne.model.PerennePackage;
import org.perenne.model.ReimbursementGrant;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reimbursement Grant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getRate <em>Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getEligibleCosts <em>Eligible Costs</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getProgrammeStartMonth <em>Programme Start Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getProgrammeEndMonth <em>Programme End Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getCap <em>Cap</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getClaimEveryMonths <em>Claim Every Months</em>}</li>
 *   <li>{@link org.perenne.model.impl.ReimbursementGrantImpl#getDelayMonths <em>Delay Months</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReimbursementGrantImpl extends ElementImpl implements ReimbursementGrant {
	/**
	 * The cached value of the '{@link #getFunder() <em>Funder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunder()
	 * @generated
	 * @ordered
	 */
	protected Funder funder;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final GrantKind KIND_EDEFAULT = GrantKind.PROJECT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected GrantKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRate() <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRate()
	 * @generated
	 * @ordered
	 */
	protected static final double RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRate() <em>Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRate()
	 * @generated
	 * @ordered
	 */
	protected double rate = RATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEligibleCosts() <em>Eligible Costs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibleCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<CostLine> eligibleCosts;

	/**
	 * The default value of the '{@link #getProgrammeStartMonth() <em>Programme Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRAMME_START_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProgrammeStartMonth() <em>Programme Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeStartMonth()
	 * @generated
	 * @ordered
	 */
	protected int programmeStartMonth = PROGRAMME_START_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgrammeEndMonth() <em>Programme End Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeEndMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRAMME_END_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProgrammeEndMonth() <em>Programme End Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeEndMonth()
	 * @generated
	 * @ordered
	 */
	protected int programmeEndMonth = PROGRAMME_END_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected static final double CAP_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCap() <em>Cap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected double cap = CAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getClaimEveryMonths() <em>Claim Every Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimEveryMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int CLAIM_EVERY_MONTHS_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getClaimEveryMonths() <em>Claim Every Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimEveryMonths()
	 * @generated
	 * @ordered
	 */
	protected int claimEveryMonths = CLAIM_EVERY_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelayMonths() <em>Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int DELAY_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDelayMonths() <em>Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMonths()
	 * @generated
	 * @ordered
	 */
	protected int delayMonths = DELAY_MONTHS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReimbursementGrantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.REIMBURSEMENT_GRANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Funder getFunder() {
		if (funder != null && funder.eIsProxy()) {
			InternalEObject oldFunder = (InternalEObject)funder;
			funder = (Funder)eResolveProxy(oldFunder);
			if (funder != oldFunder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PerennePackage.REIMBURSEMENT_GRANT__FUNDER, oldFunder, funder));
			}
		}
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Funder basicGetFunder() {
		return funder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunder(Funder newFunder) {
		Funder oldFunder = funder;
		funder = newFunder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__FUNDER, oldFunder, funder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GrantKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(GrantKind newKind) {
		GrantKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRate() {
		return rate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRate(double newRate) {
		double oldRate = rate;
		rate = newRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__RATE, oldRate, rate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CostLine> getEligibleCosts() {
		if (eligibleCosts == null) {
			eligibleCosts = new EObjectResolvingEList<CostLine>(CostLine.class, this, PerennePackage.REIMBURSEMENT_GRANT__ELIGIBLE_COSTS);
		}
		return eligibleCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgrammeStartMonth() {
		return programmeStartMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgrammeStartMonth(int newProgrammeStartMonth) {
		int oldProgrammeStartMonth = programmeStartMonth;
		programmeStartMonth = newProgrammeStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH, oldProgrammeStartMonth, programmeStartMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgrammeEndMonth() {
		return programmeEndMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgrammeEndMonth(int newProgrammeEndMonth) {
		int oldProgrammeEndMonth = programmeEndMonth;
		programmeEndMonth = newProgrammeEndMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH, oldProgrammeEndMonth, programmeEndMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCap() {
		return cap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCap(double newCap) {
		double oldCap = cap;
		cap = newCap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__CAP, oldCap, cap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClaimEveryMonths() {
		return claimEveryMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimEveryMonths(int newClaimEveryMonths) {
		int oldClaimEveryMonths = claimEveryMonths;
		claimEveryMonths = newClaimEveryMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS, oldClaimEveryMonths, claimEveryMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDelayMonths() {
		return delayMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelayMonths(int newDelayMonths) {
		int oldDelayMonths = delayMonths;
		delayMonths = newDelayMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.REIMBURSEMENT_GRANT__DELAY_MONTHS, oldDelayMonths, delayMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.REIMBURSEMENT_GRANT__FUNDER:
				if (resolve) return getFunder();
				return basicGetFunder();
			case PerennePackage.REIMBURSEMENT_GRANT__KIND:
				return getKind();
			case PerennePackage.REIMBURSEMENT_GRANT__RATE:
				return getRate();
			case PerennePackage.REIMBURSEMENT_GRANT__ELIGIBLE_COSTS:
				return getEligibleCosts();
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH:
				return getProgrammeStartMonth();
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH:
				return getProgrammeEndMonth();
			case PerennePackage.REIMBURSEMENT_GRANT__CAP:
				return getCap();
			case PerennePackage.REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS:
				return getClaimEveryMonths();
			case PerennePackage.REIMBURSEMENT_GRANT__DELAY_MONTHS:
				return getDelayMonths();
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
			case PerennePackage.REIMBURSEMENT_GRANT__FUNDER:
				setFunder((Funder)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__KIND:
				setKind((GrantKind)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__RATE:
				setRate((Double)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__ELIGIBLE_COSTS:
				getEligibleCosts().clear();
				getEligibleCosts().addAll((Collection<? extends CostLine>)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH:
				setProgrammeStartMonth((Integer)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH:
				setProgrammeEndMonth((Integer)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__CAP:
				setCap((Double)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS:
				setClaimEveryMonths((Integer)newValue);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__DELAY_MONTHS:
				setDelayMonths((Integer)newValue);
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
			case PerennePackage.REIMBURSEMENT_GRANT__FUNDER:
				setFunder((Funder)null);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__RATE:
				setRate(RATE_EDEFAULT);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__ELIGIBLE_COSTS:
				getEligibleCosts().clear();
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH:
				setProgrammeStartMonth(PROGRAMME_START_MONTH_EDEFAULT);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH:
				setProgrammeEndMonth(PROGRAMME_END_MONTH_EDEFAULT);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__CAP:
				setCap(CAP_EDEFAULT);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS:
				setClaimEveryMonths(CLAIM_EVERY_MONTHS_EDEFAULT);
				return;
			case PerennePackage.REIMBURSEMENT_GRANT__DELAY_MONTHS:
				setDelayMonths(DELAY_MONTHS_EDEFAULT);
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
			case PerennePackage.REIMBURSEMENT_GRANT__FUNDER:
				return funder != null;
			case PerennePackage.REIMBURSEMENT_GRANT__KIND:
				return kind != KIND_EDEFAULT;
			case PerennePackage.REIMBURSEMENT_GRANT__RATE:
				return rate != RATE_EDEFAULT;
			case PerennePackage.REIMBURSEMENT_GRANT__ELIGIBLE_COSTS:
				return eligibleCosts != null && !eligibleCosts.isEmpty();
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_START_MONTH:
				return programmeStartMonth != PROGRAMME_START_MONTH_EDEFAULT;
			case PerennePackage.REIMBURSEMENT_GRANT__PROGRAMME_END_MONTH:
				return programmeEndMonth != PROGRAMME_END_MONTH_EDEFAULT;
			case PerennePackage.REIMBURSEMENT_GRANT__CAP:
				return cap != CAP_EDEFAULT;
			case PerennePackage.REIMBURSEMENT_GRANT__CLAIM_EVERY_MONTHS:
				return claimEveryMonths != CLAIM_EVERY_MONTHS_EDEFAULT;
			case PerennePackage.REIMBURSEMENT_GRANT__DELAY_MONTHS:
				return delayMonths != DELAY_MONTHS_EDEFAULT;
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
		result.append(", rate: ");
		result.append(rate);
		result.append(", programmeStartMonth: ");
		result.append(programmeStartMonth);
		result.append(", programmeEndMonth: ");
		result.append(programmeEndMonth);
		result.append(", cap: ");
		result.append(cap);
		result.append(", claimEveryMonths: ");
		result.append(claimEveryMonths);
		result.append(", delayMonths: ");
		result.append(delayMonths);
		result.append(')');
		return result.toString();
	}

} //ReimbursementGrantImpl
